## Mensajes: mensajes seguros entre el padre o la madre y la agencia.

messages-title = Mensajes con la agencia
messages-intro = Escriba a su trabajador social sobre uno de sus casos y lea sus respuestas. Solo usted y la agencia ven estos mensajes.
messages-sign-in-prompt = Inicie sesión para leer y enviar mensajes seguros sobre sus casos.
messages-unread-total = { $count ->
    [0] No tiene mensajes sin leer.
    [one] Tiene 1 mensaje sin leer.
   *[other] Tiene { $count } mensajes sin leer.
}
messages-notify-label = Avisarme cuando llegue un mensaje nuevo
messages-notify-hint = Un aviso en el escritorio dice solo "Tiene un mensaje nuevo". Nunca muestra quién escribió ni lo que dice.
messages-notify-failed = No se pudo guardar su elección: { $reason }
messages-case = Caso { $case }
messages-new = Escribir un mensaje nuevo
messages-new-heading = Mensaje nuevo sobre el caso { $case }
messages-threads-caption = Sus mensajes sobre el caso { $case }
messages-col-subject = Asunto
messages-col-last = Último mensaje
messages-col-unread = Sin leer
messages-unread = { $count ->
    [one] 1 sin leer
   *[other] { $count } sin leer
}
messages-all-read = Todos leídos
messages-none = Todavía no hay mensajes en este caso.
messages-not-synced = Sus mensajes todavía no se han descargado.
messages-pending-sending = Enviando
messages-pending-waiting = Esperando para enviar
messages-pending-failed = No enviado
messages-sent = Su mensaje está guardado. Se enviará en cuanto se pueda contactar a la agencia.
messages-back = Volver a todos los mensajes
messages-thread-missing = Esta conversación todavía no se ha descargado.
messages-conversation = Conversación
messages-from-you = Usted
messages-from-agency = Agencia ({ $role })
messages-documents = Documentos adjuntos: { $documents }
messages-reply-heading = Responder
messages-subject = Asunto
messages-body = Mensaje
messages-reply = Su respuesta
messages-body-hint = Hasta 5,000 caracteres ({ $count } hasta ahora). No incluya su número de Seguro Social completo.
messages-send = Enviar mensaje
messages-cancel = Cancelar
messages-draft-saving = Guardando el borrador…
messages-draft-saved = Borrador guardado a las { $time }
messages-draft-failed = No se pudo guardar el borrador: { $reason }
messages-error-summary = { $count ->
    [one] 1 respuesta necesita revisión
   *[other] { $count } respuestas necesitan revisión
}
messages-error-check = Revise esta respuesta
messages-error-subject-required = Escriba un asunto
messages-error-subject-too_long = El asunto puede tener como máximo 200 caracteres
messages-error-body-required = Escriba su mensaje
messages-error-body-too_long = El mensaje puede tener como máximo 5,000 caracteres
messages-error-attachments-too_many = Un mensaje puede llevar como máximo 10 documentos, cada uno una vez
messages-attachments-legend = Documentos (opcional)
messages-attach = Adjuntar un documento…
messages-attachments-count = { $count ->
    [0] No hay documentos adjuntos. Se envían primero y luego el mensaje.
    [one] 1 documento adjunto. Se envía primero y luego el mensaje.
   *[other] { $count } documentos adjuntos. Se envían primero y luego el mensaje.
}
