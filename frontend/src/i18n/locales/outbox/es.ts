// The admin's outgoing-mail outbox.
export const es = {
  outbox: {
    title: 'Buzón de salida',
    description:
      'Correos generados por la aplicación en modo desarrollo. Abre los enlaces de verificación o de restablecimiento desde aquí.',
    createdAt: 'Fecha',
    to: 'Para',
    subject: 'Asunto',
    body: 'Contenido',
    showBody: 'Mostrar el correo «{{subject}}»',
    hideBody: 'Ocultar el correo «{{subject}}»',
    empty: 'No se ha enviado ningún correo todavía.',
  },
}
