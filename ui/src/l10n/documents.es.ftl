## Mensajes de la pantalla de documentos (es), y del selector de documentos y los envíos que comparte Modificar.

documents-sign-in-prompt = Inicie sesión para enviar documentos a la agencia y ver si los recibió.
documents-loading = Cargando sus casos…
documents-case-label = Caso
documents-case-option = Caso { $id }: { $role ->
    [custodial] usted recibe manutención
   *[noncustodial] usted paga manutención
}
documents-announcer-label = Novedades sobre sus documentos

## Tipos de documento, como los nombra la agencia.

documents-type-pay_stub = Talón de pago
documents-type-tax_return = Declaración de impuestos
documents-type-birth_certificate = Acta de nacimiento
documents-type-court_order = Orden judicial
documents-type-identification = Identificación con foto
documents-type-proof_of_expenses = Comprobante de gastos (como cuidado infantil o gastos médicos)
documents-type-other = Otra cosa

## Enviar un documento: el tipo, el cuadro para elegir el archivo, la ventana para soltarlo.

documents-send-heading = Enviar un documento
documents-send-text = La aplicación revisa cada archivo y quita la información oculta, como el lugar donde se tomó una foto, antes de enviar nada.
documents-accepted = { $types }, de hasta { $size }
documents-types-or = { $rest } o { $last }
documents-type-label = ¿Qué tipo de documento es?
documents-type-select = - Seleccione -
documents-type-error = Elija qué tipo de documento es
documents-choose = Elegir un archivo…
documents-choosing = Revisando el archivo…
documents-dialog-title = Elija un documento para enviar
documents-dialog-filter = Documentos (PDF, JPEG, PNG)
documents-drop = O arrastre un archivo desde su computadora y suéltelo en cualquier parte de esta ventana.
documents-drop-over = Suéltelo para enviarlo.
documents-file-error-title = No se puede enviar { $file }
documents-add-error-title = No se pudo agregar el archivo
documents-file-error-not_found = No se encontró el archivo. Es posible que se haya movido o borrado. Elíjalo de nuevo.
documents-file-error-not_a_file = Esto no es un archivo que se pueda enviar (puede ser una carpeta). Elija un archivo.
documents-file-error-too_large = Este archivo es demasiado grande: el archivo más grande que puede enviar es de { $max }. Hágalo más pequeño (por ejemplo, escanéelo de nuevo con menos resolución, o envíe menos páginas a la vez) e inténtelo de nuevo.
documents-file-error-empty = Este archivo está vacío. Elija otro archivo.
documents-file-error-unsupported = No se puede enviar este tipo de archivo. Envíe un PDF, o una imagen guardada como JPEG o PNG.
documents-file-error-heic = Esta imagen está en formato HEIC, que la agencia no puede aceptar. Guárdela como JPEG, o tome una captura de pantalla, e inténtelo de nuevo. (En un iPhone, Configuración > Cámara > Formatos > Más compatible guarda las fotos nuevas como JPEG).
documents-file-error-encrypted_pdf = Este PDF está protegido con contraseña. Quite la contraseña, o imprímalo en un PDF nuevo, e inténtelo de nuevo.
documents-file-error-damaged_pdf = Parece que este PDF está dañado o incompleto. Ábralo para revisarlo, guárdelo o imprímalo en un PDF nuevo, e inténtelo de nuevo.
documents-file-error-damaged_image = Parece que esta imagen está dañada o incompleta. Ábrala para revisarla, guárdela de nuevo como JPEG o PNG, e inténtelo de nuevo.
documents-file-error-io = No se pudo leer ni copiar el archivo. Inténtelo de nuevo, o elija otra copia.
documents-file-error-outside_upload_folder = En esta computadora, solo se pueden enviar documentos desde la carpeta del escáner. Pida al personal de la oficina que lo escanee por usted.

## Documentos que se están enviando.

documents-uploads-heading = Enviando
documents-uploads-none = No se está enviando nada en este momento.
documents-upload-about = { $type } · { $size }
documents-upload-replaces = Reemplaza a { $file }
documents-upload-queued = Esperando para enviarse
documents-upload-sending = Enviando…
documents-upload-paused = En pausa. No se envía nada más hasta que lo reanude.
documents-upload-failed = No fue aceptado: { $reason }
documents-upload-retry-at = Próximo intento: { $time }.
documents-upload-last-error = Último intento: { $reason }
documents-upload-progress-label = Enviando { $file }
documents-upload-amount = { $sent } de { $total } enviados ({ $percent }%)
documents-upload-left-seconds = queda menos de un minuto
documents-upload-left-minutes = { $minutes ->
    [one] queda más o menos 1 minuto
   *[other] quedan más o menos { $minutes } minutos
}
documents-upload-left-hours = { $hours ->
    [one] queda más o menos 1 hora
   *[other] quedan más o menos { $hours } horas
}
documents-upload-removed-gps = Se quitó de esta foto la información del lugar donde se tomó.
documents-upload-removed-other = Se quitó la información de la cámara y otra información oculta.
documents-upload-pause = Pausar
documents-upload-resume = Reanudar
documents-upload-retry = Intentar de nuevo
documents-upload-cancel = Cancelar
documents-upload-remove = Quitar
documents-upload-cancel-question = ¿Dejar de enviar { $file }? La aplicación borra su copia. El archivo de su computadora queda como está.
documents-upload-cancel-confirm = Sí, dejar de enviarlo
documents-upload-cancel-keep = Seguir enviándolo
documents-upload-action-failed = No funcionó. { $reason }

## Lo que oye un lector de pantalla mientras se envían.

documents-announce-added = Se agregó { $file }. Se enviará ahora.
documents-announce-progress = { $file }: { $percent }% enviado
documents-announce-paused = { $file } está en pausa.
documents-announce-resumed = { $file } se enviará de nuevo.
documents-announce-cancelled = { $file } no se enviará.
documents-announce-delivered = La agencia recibió { $file }.
documents-announce-failed = { $file } no fue aceptado.

## Los documentos que tiene la agencia.

documents-sent-heading = Documentos enviados
documents-sent-as-of = Estado de la revisión a la fecha: { $time }.
documents-sent-never = Todavía no se ha actualizado con la agencia.
documents-sent-loading = Cargando sus documentos…
documents-sent-none = Todavía no ha enviado documentos en este caso.
documents-sent-failed = No se pudieron mostrar sus documentos. { $reason }
documents-sent-file = Archivo
documents-sent-date = Enviado
documents-sent-size = Tamaño
documents-sent-status = Revisión
documents-status-received = Recibido
documents-status-accepted = Aceptado
documents-status-rejected = Rechazado
documents-sent-reason = Motivo: { $reason }
documents-sent-replaces = Reemplaza a { $file }
documents-sent-replaced = Reemplazado por { $file }
documents-sent-replacing = Se está enviando un reemplazo.
documents-replace = Enviar un reemplazo
documents-replace-dialog-title = Elija un reemplazo para { $file }
