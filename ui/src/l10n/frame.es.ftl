# Español: el marco y la página de inicio, que necesita la primera pantalla, y
# cada mensaje que nombra el producto. La página carga al inicio solo este
# archivo y kiosk.es.ftl: lo que está fuera de las pantallas de trámites dice
# solo lo que está aquí o allí. Los mensajes de esas pantallas están en es.ftl
# y en un archivo por pantalla, que llegan con la primera de ellas. Cada
# mensaje de aquí también debe estar en frame.en.ftl, con las mismas variables.

product-name = Autoservicio de Manutención de Menores
# El título de la ventana de cada página.
page-title = { $page } · { product-name }

## Marco

skip-link = Saltar al contenido principal
quick-exit = Salida rápida
quick-exit-hint = Cierra esta aplicación de inmediato y muestra una página de notas en blanco. También puede presionar la tecla Esc dos veces.
session-not-signed-in = No ha iniciado sesión
session-signing-in = Termine de iniciar sesión en la página de su agencia
session-signed-in = Sesión iniciada como { $given } { $family }
sign-in = Iniciar sesión
cancel-sign-in = Cancelar
sign-out = Cerrar sesión
sign-in-failed = No pudimos iniciar su sesión. { $reason }
sign-in-cancelled = Se canceló el inicio de sesión. Puede iniciar sesión de nuevo cuando quiera.
sign-out-failed = No pudimos cerrar su sesión. { $reason }
# El botón muestra el nombre del otro idioma, escrito en ese idioma.
language-toggle = English
language-save-failed = No pudimos guardar su preferencia de idioma para la próxima vez. { $reason }
nav-label = Principal
nav-menu = Menú
nav-close = Cerrar el menú
nav-home = Inicio
nav-estimate = Calcular
nav-apply = Solicitar
nav-payments = Pagos
nav-documents = Documentos
nav-modify = Modificar
nav-appointments = Citas
nav-pay = Cómo pagar
nav-contact = Sus datos
nav-messages = Mensajes
nav-messages-unread = { $count ->
    [one] , 1 sin leer
   *[other] , { $count } sin leer
}
footer-label = Acerca de esta aplicación
footer-version = Versión { $version }
agency-checking = Comprobando la conexión con la agencia…
agency-connected = Conectado a { $agency }
agency-unreachable = No podemos comunicarnos con la agencia en este momento. Es posible que la información que ve no esté al día.

## Errores, según el código que envía el sistema

error-invalid_input = Algo de lo que escribió no es correcto. Revíselo e inténtelo de nuevo.
error-agency_unreachable = No podemos comunicarnos con la agencia en este momento. Inténtelo de nuevo más tarde.
error-agency_error = La agencia no pudo completar su solicitud. Inténtelo de nuevo más tarde.
error-not_signed_in = Primero inicie sesión.
error-sign_in_cancelled = Se canceló el inicio de sesión.
error-store_damaged = No se puede leer la información que esta aplicación guardó en esta computadora.
error-storage = La aplicación no pudo guardar ni leer información en esta computadora.
error-internal = Algo salió mal en la aplicación. Inténtelo de nuevo.

## Inicio

home-title = Su manutención de menores, en un solo lugar
home-intro = Use esta aplicación para hacer trámites con la agencia de manutención de menores de su estado. Elija lo que quiere hacer.
home-jobs-label = Lo que puede hacer
home-estimate-title = Calcular la manutención
home-estimate-text = Vea una cantidad aproximada de manutención, según las reglas de su estado.
home-estimate-link = Ir a Calcular
home-apply-title = Solicitar servicios
home-apply-text = Pida a la agencia ayuda para establecer, cobrar o hacer cumplir la manutención.
home-apply-link = Ir a Solicitar
home-payments-title = Ver los pagos
home-payments-text = Revise los pagos de su caso y cuánto se debe todavía.
home-payments-link = Ir a Pagos
home-documents-title = Enviar documentos
home-documents-text = Envíe a la agencia los papeles que le pide y vea si los recibió.
home-documents-link = Ir a Documentos
home-modify-title = Cambiar una orden
home-modify-text = Pida que revisen su orden de manutención cuando cambie su situación.
home-modify-link = Ir a Modificar

## Inicio: los casos del padre o la madre, qué tan al día están, y lo que envió

home-sign-in-prompt = Inicie sesión para ver su caso, sus pagos y lo que ha enviado.
home-signing-in = Termine de iniciar sesión en la página de su agencia y luego vuelva aquí.
session-not-remembered = Su sesión se cerrará cuando cierre esta aplicación.
cases-heading = Sus casos
cases-none = Todavía no tiene casos
case-title = Caso { $id }
case-role-custodial = Usted recibe manutención
case-role-noncustodial = Usted paga manutención
case-order = Orden de manutención
case-order-amount = { $amount } { $frequency ->
    [weekly] por semana
    [biweekly] cada dos semanas
    [semimonthly] dos veces al mes
   *[monthly] al mes
}
case-no-order = Todavía no hay una orden
case-arrears = Manutención atrasada
case-credit = { $amount } a su favor
case-next-due = Próximo pago
case-next-due-value = { $amount } el { $date }
case-nothing-due = Nada pendiente
case-office = Oficina
# $time es solo una hora si es de hoy; si no, una fecha y una hora.
sync-idle = Al día. Última actualización: { $time }
sync-never = Todavía no se ha actualizado con la agencia
sync-syncing = Actualizando…
sync-syncing-steps = Actualizando… ({ $step } de { $total })
sync-offline = No hay conexión. Se muestra lo que la aplicación guardó (última actualización: { $time }).
sync-offline-nothing = No hay conexión. La aplicación todavía no tiene nada guardado.
# $reason es una oración completa, con su punto.
sync-failed = No se pudo actualizar: { $reason } Se muestra lo que la aplicación guardó (última actualización: { $time }).
sync-failed-nothing = No se pudo actualizar: { $reason } La aplicación todavía no tiene nada guardado.
sync-now = Intentar de nuevo
store-damaged-heading = No se puede leer la copia guardada
store-damaged-text = La copia de la información de su caso que esta aplicación guardó en esta computadora está dañada o no se puede abrir. Puede dejarla de lado y obtener una copia nueva de la agencia.
reset-store = Empezar de nuevo con los datos de la agencia
account-error = Algo no funcionó. { $reason }
outbox-heading = Lo que ha enviado
outbox-kind-modification_request = Solicitud de modificación
outbox-kind-application = Solicitud de servicios
outbox-kind-document_attachment = Documento
outbox-kind-contact_update = Actualización de sus datos
outbox-kind-message_thread = Mensaje
outbox-kind-message_reply = Respuesta
outbox-case = Caso { $id }
outbox-submitted = Enviado: { $time }
outbox-queued = Esperando para enviarse
outbox-retry-at = Próximo intento: { $time }
outbox-last-error = Último intento: { $reason }
outbox-sending = Enviando…
outbox-paused = En pausa. No se envía nada más hasta que lo reanude.
outbox-delivered = Recibido por la agencia — referencia { $receipt }
outbox-failed = No fue aceptado: { $reason }
outbox-retry = Intentar de nuevo

## Los cinco trámites

estimate-title = Calcule la manutención de menores
estimate-intro = Escriba los ingresos de ambos padres y el tiempo que los hijos pasan con cada uno para ver una cantidad aproximada de manutención según la guía de su estado. Un cálculo aproximado no es una orden del tribunal.
apply-title = Solicite servicios de manutención de menores
apply-intro = Pida ayuda a la agencia de manutención de menores de su estado para localizar al otro padre o madre, establecer la paternidad, obtener una orden de manutención y cobrar los pagos.
payments-title = Sus pagos
payments-intro = Vea cada pago de su caso, cómo lo aplicó la agencia y cuánto se debe todavía.
documents-title = Sus documentos
documents-intro = Envíe a la agencia los documentos que le pida, como talones de pago o comprobantes de gastos de cuidado infantil, y vea si los recibió y los aceptó.
modify-title = Pida un cambio en su orden de manutención
modify-intro = Pida a la agencia que revise su orden de manutención cuando cambie su situación, por ejemplo, si sus ingresos suben o bajan mucho.

## Las líneas del estado de cuenta en PDF que nombran el producto (las demás están en es.ftl)

statement-made = Preparado el { $date } con { product-name }.
statement-footer = { product-name }. Nuestro cálculo es una comprobación, no un saldo oficial.

## La pantalla neutral que aparece después de la Salida rápida. No debe mencionar la manutención.

neutral-title = Notas
neutral-empty = Todavía no hay notas.
