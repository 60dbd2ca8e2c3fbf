// A local stand-in for AWS Rekognition's DetectLabels (AWS JSON 1.1: POST /, routed on
// X-Amz-Target) that always sees a pizza and a salad. For running photos.e2e.mjs by hand:
//   node e2e/rekognition-stub.mjs 9411
// An optional second argument makes every answer take that many milliseconds, as the
// recognition benchmark does (bench/recognition): node e2e/rekognition-stub.mjs 9411 300
// then start the app with VITALIA_RECOGNIZER=rekognition,
// VITALIA_REKOGNITION_ENDPOINT=http://localhost:9411, AWS_REGION=us-east-1 and any
// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (the stub does not check signatures).
import { createServer } from 'node:http'

const labels = {
  Labels: [
    { Name: 'Food', Confidence: 99.9, Instances: [], Parents: [], Aliases: [], Categories: [{ Name: 'Food and Beverage' }] },
    {
      Name: 'Pizza',
      Confidence: 98.7,
      Instances: [],
      Parents: [{ Name: 'Food' }],
      Aliases: [],
      Categories: [{ Name: 'Food and Beverage' }],
    },
    {
      Name: 'Salad',
      Confidence: 91.2,
      Instances: [],
      Parents: [{ Name: 'Food' }],
      Aliases: [],
      Categories: [{ Name: 'Food and Beverage' }],
    },
  ],
  LabelModelVersion: '3.0',
}

const port = Number(process.argv[2] ?? 9411)
const delayMs = Number(process.argv[3] ?? 0)
createServer((request, response) => {
  request.resume()
  request.on('end', () => {
    const known = request.method === 'POST' && request.headers['x-amz-target'] === 'RekognitionService.DetectLabels'
    setTimeout(() => {
      response.writeHead(known ? 200 : 400, { 'Content-Type': 'application/x-amz-json-1.1' })
      response.end(JSON.stringify(known ? labels : { __type: 'UnknownOperationException', Message: 'Unknown operation' }))
    }, delayMs)
  })
}).listen(port, '127.0.0.1', () => console.log(`Rekognition stub on http://127.0.0.1:${port}, answering after ${delayMs} ms`))
