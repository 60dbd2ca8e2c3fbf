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
      'Descarga una copia de todo lo que Vitalia guarda sobre ti: cuenta, perfil y pesos, diario de comidas, citas, suscripción y pagos, puntos, notificaciones y fotos de comidas (lo que se reconoció en ellas, no las imágenes). Es un único archivo JSON que otras aplicaciones pueden leer.',
    dataDownload: 'Descargar mis datos',
    dataDownloaded: 'Tu copia está en tus descargas.',
  },
}
