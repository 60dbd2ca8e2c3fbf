package app.vitalia.recognition;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A local Rekognition speaking its AWS JSON 1.1 protocol: {@code POST /} routed on
 * {@code X-Amz-Target}, errors named by {@code __type}.
 */
public final class RekognitionStub {

	public static final String TARGET = "RekognitionService.DetectLabels";

	public static final String PIZZA_AND_SALAD = """
			{"Labels":[
			 {"Name":"Food","Confidence":99.9,"Instances":[],"Parents":[],"Aliases":[],"Categories":[{"Name":"Food and Beverage"}]},
			 {"Name":"Pizza","Confidence":98.7,"Instances":[{"BoundingBox":{"Width":0.61,"Height":0.55,"Left":0.2,"Top":0.22},"Confidence":97.9}],
			  "Parents":[{"Name":"Food"}],"Aliases":[],"Categories":[{"Name":"Food and Beverage"}]},
			 {"Name":"Salad","Confidence":91.2,"Instances":[],"Parents":[{"Name":"Food"}],"Aliases":[],"Categories":[{"Name":"Food and Beverage"}]},
			 {"Name":"Plate","Confidence":90.0,"Instances":[],"Parents":[],"Aliases":[],"Categories":[{"Name":"Home and Indoors"}]}
			],"LabelModelVersion":"3.0"}""";

	public static final String NOTHING_EDIBLE = """
			{"Labels":[{"Name":"Table","Confidence":95.1,"Instances":[],"Parents":[{"Name":"Furniture"}],"Aliases":[],
			 "Categories":[{"Name":"Furniture and Furnishings"}]}],"LabelModelVersion":"3.0"}""";

	private RekognitionStub() {
	}

	public static MappingBuilder detectLabels() {
		return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET));
	}

	public static ResponseDefinitionBuilder labels(String json) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(json);
	}

	public static ResponseDefinitionBuilder error(int status, String type, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/x-amz-json-1.1")
			.withHeader("x-amzn-RequestId", "03507c9b-7e84-11e9-9ad1-854a4567eb71")
			.withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}");
	}

	public static int calls(WireMockServer server) {
		return server.countRequestsMatching(postRequestedFor(urlEqualTo("/")).build()).getCount();
	}

}
