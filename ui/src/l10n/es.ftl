# Español. Cada mensaje de aquí también debe estar en en.ftl, con las mismas variables.

product-name = Autoservicio de Manutención de Menores
# El título de la ventana de cada página.
page-title = { $page } · { product-name }

## Marco

skip-link = Saltar al contenido principal
quick-exit = Salida rápida
quick-exit-hint = Cierra esta aplicación de inmediato y muestra una página de notas en blanco. También puede presionar la tecla Esc dos veces.
session-not-signed-in = No ha iniciado sesión
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
footer-label = Acerca de esta aplicación
footer-version = Versión { $version }
agency-checking = Comprobando la conexión con la agencia…
agency-connected = Conectado a { $agency }
agency-unreachable = No podemos comunicarnos con la agencia en este momento. Es posible que la información que ve no esté al día.

## Errores, según el código que envía el sistema

error-invalid_input = Algo de lo que escribió no es correcto. Revíselo e inténtelo de nuevo.
error-agency_unreachable = No podemos comunicarnos con la agencia en este momento. Inténtelo de nuevo más tarde.
error-agency_error = La agencia no pudo completar su solicitud. Inténtelo de nuevo más tarde.
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

## Los cinco trámites

not-ready-heading = Todavía no está disponible
not-ready-text = Esta parte de la aplicación aún está en desarrollo. No está disponible en esta versión.
estimate-title = Calcule la manutención de menores
estimate-intro = Aquí podrá obtener un cálculo aproximado de la manutención de menores a partir de los ingresos de ambos padres y del tiempo que los hijos pasan con cada uno, según las reglas de su estado. Un cálculo aproximado no es una orden del tribunal.
apply-title = Solicite servicios de manutención de menores
apply-intro = Aquí podrá pedir ayuda a la agencia de manutención de menores de su estado para localizar al otro padre o madre, establecer la paternidad, obtener una orden de manutención y cobrar los pagos.
payments-title = Sus pagos
payments-intro = Aquí podrá ver cada pago de su caso, cómo se aplicó y cuánto se debe todavía.
documents-title = Sus documentos
documents-intro = Aquí podrá enviar los documentos que le pida la agencia, como talones de pago o comprobantes de gastos de cuidado infantil, y ver si la agencia los recibió.
modify-title = Pida un cambio en su orden de manutención
modify-intro = Aquí podrá pedir a la agencia que revise su orden de manutención cuando cambie su situación, por ejemplo, si sus ingresos suben o bajan mucho.

## La pantalla neutral que aparece después de la Salida rápida. No debe mencionar la manutención.

neutral-title = Notas
neutral-empty = Todavía no hay notas.
