// The settings page: display name, language, password.
export const es = {
  settings: {
    title: 'Ajustes de la cuenta',
    description: 'Gestiona tus datos de acceso, el idioma y la seguridad.',
    account: 'Cuenta',
    accountHint: 'Tu nombre aparece en la aplicación y en los correos.',
    verified: 'Verificado',
    unverified: 'Sin verificar',
    saved: 'Cambios guardados.',
    verification: 'Verificación del correo',
    verificationHint: 'Aún no has confirmado {{email}}. Te enviaremos un enlace nuevo si lo necesitas.',
    languageTitle: 'Idioma',
    language: 'Idioma de la aplicación y de los correos',
    languageHint: 'El cambio se aplica al momento.',
    passwordTitle: 'Contraseña',
    passwordHint: 'Al cambiarla cerraremos todas tus sesiones, también esta.',
    currentPassword: 'Contraseña actual',
    changePassword: 'Cambiar contraseña',
    dataTitle: 'Tus datos',
    dataHint:
      'Descarga una copia de todo lo que Vitalia guarda sobre ti, entre otras cosas tu cuenta, perfil y pesos, diario de comidas con tus propios alimentos y recetas, citas, suscripción y pagos, puntos, notificaciones, fotos de comidas (lo que se reconoció en ellas, no las imágenes) y resúmenes semanales. Es un único archivo JSON que otras aplicaciones pueden leer.',
    dataDownload: 'Descargar mis datos',
    dataDownloaded: 'Se ha descargado tu copia.',
  },
}
