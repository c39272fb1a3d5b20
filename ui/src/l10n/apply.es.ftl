## Messages of the apply screen (es).

apply-page-intro = Pida ayuda a la agencia de manutención de menores de su estado para localizar al otro padre o madre, establecer la paternidad, obtener una orden de manutención y cobrar los pagos. La aplicación guarda sus respuestas a medida que avanza, así que puede parar y terminar más tarde.
apply-sign-in-prompt = Inicie sesión para solicitar servicios. La aplicación guarda sus respuestas a medida que avanza, así que puede parar y terminar más tarde.
apply-loading = Cargando su solicitud…
apply-load-failed = No se pudo abrir la solicitud que guardó. { $reason }
apply-load-retry = Intentar de nuevo

## Los pasos

apply-progress = Pasos de la solicitud
apply-step-word = Paso
apply-step-of = de { $total }
apply-step-completed = completado
apply-step-not-completed = sin completar
apply-step-about_you = Sobre usted
apply-step-other_parent = El otro padre o madre
apply-step-children = Los hijos
apply-step-orders = Órdenes existentes
apply-step-services = Servicios
apply-step-safety = Seguridad
apply-step-fees = Cargos
apply-step-review = Revisar y firmar
apply-next = Siguiente
apply-back = Atrás
apply-return-review = Volver a la revisión
apply-submit = Enviar la solicitud
apply-submitting = Enviando su solicitud…

## Guardar a medida que avanza

apply-resumed = Guardamos su solicitud el { $time }. Puede seguir donde la dejó.
apply-start-over = Empezar de nuevo
apply-start-over-question = ¿Empezar de nuevo con una solicitud en blanco?
apply-start-over-text = Se borrará todo lo que escribió en esta solicitud. No se puede deshacer.
apply-start-over-confirm = Sí, borrarla y empezar de nuevo
apply-start-over-cancel = No, conservar mis respuestas
apply-start-over-failed = No se pudo borrar la solicitud que guardó. { $reason }
apply-saving = Guardando…
# $time es solo una hora si es de hoy; si no, una fecha y una hora.
apply-saved = Guardado: { $time }
apply-save-failed = Sus últimas respuestas no se pudieron guardar en esta computadora. { $reason } Puede seguir adelante.
apply-save-retry = Intentar guardar de nuevo

## Revisión de las respuestas

apply-errors-heading = { $count ->
    [one] Hay 1 respuesta que revisar
   *[other] Hay { $count } respuestas que revisar
}
apply-errors-text = Elija una para ir a ella.
apply-errors-earlier = También hay respuestas que revisar en pasos anteriores. Elija una para ir a ese paso.
# $step es el nombre de un paso, $problem lo que hay que corregir.
apply-errors-on-step = { $step }: { $problem }
apply-errors-child = Hijo o hija { $number }: { $problem }
apply-errors-order = Orden { $number }: { $problem }
apply-check-failed = No se pudieron revisar sus respuestas. { $reason }
apply-submit-failed = No se pudo guardar su solicitud para enviarla. { $reason }

## Paso 1: Sobre usted

apply-about-intro = Cuéntenos sobre usted, el padre, la madre o la persona a cargo que presenta la solicitud.
apply-given_name = Nombre
apply-family_name = Apellido
apply-dob = Fecha de nacimiento
apply-dob-hint = Por ejemplo: 4 28 1990
apply-month = Mes
apply-day = Día
apply-year = Año
apply-ssn = Número de Seguro Social (opcional)
apply-ssn-hint = 9 dígitos, como 123-45-6789. Puede dejarlo en blanco; es posible que la agencia se lo pida más adelante.
apply-phone = Número de teléfono (opcional)
apply-phone-hint = Con el código de área, como 608-555-0100.
apply-email = Correo electrónico (opcional)
apply-email-hint = Como nombre@ejemplo.com.
apply-address = Su dirección postal
apply-address-line1 = Calle y número
apply-address-line2 = Apartamento, suite o unidad (opcional)
apply-address-city = Ciudad o pueblo
apply-address-state = Estado o territorio
apply-address-state-choose = - Seleccione -
apply-address-zip = Código postal (ZIP)
apply-benefits = Beneficios
apply-benefits-hint = Marque los que recibe ahora. De ellos depende si hay un cargo por la solicitud.
apply-receives_tanf = TANF
apply-receives_tanf-hint = Asistencia Temporal para Familias Necesitadas: ayuda mensual en efectivo para familias.
apply-receives_medicaid = Medicaid
apply-receives_medicaid-hint = Cobertura médica del estado, para usted o para sus hijos.

## Paso 2: El otro padre o madre

apply-other-intro = Cuéntenos lo que sepa. Deje en blanco lo que no sepa.
apply-other-why = Cuanto más sepa la agencia, más fácil le será localizar al otro padre o madre.
apply-aliases = Otros nombres que usa
apply-aliases-hint = Apodos u otros apellidos. Uno por línea, o separados por comas.
apply-other-dob-hint = Si la sabe. Por ejemplo: 4 28 1988
apply-other-ssn = Número de Seguro Social
apply-other-ssn-hint = 9 dígitos, como 123-45-6789.
apply-other-address = Última dirección conocida
apply-other-address-hint = Donde vive o vivió por última vez. Déjela toda en blanco si no la sabe.
apply-other-phone = Número de teléfono
apply-employer = Empleador
apply-employer-hint = Donde trabaja o trabajó por última vez.
apply-description = Cualquier otro dato que ayude a localizarlo
apply-description-hint = Por ejemplo, su estatura, complexión, tatuajes o el carro que maneja. Como máximo 2,000 caracteres.

## Paso 3: Los hijos

apply-children-intro = Cuéntenos sobre cada hijo o hija para quien pide manutención.
apply-child = Hijo o hija { $number }
apply-child-dob-hint = Por ejemplo: 3 9 2019
apply-paternity = ¿Está establecida la paternidad (quién es legalmente el padre) de este hijo o hija?
apply-paternity-established = Establecida
apply-paternity-established-hint = Los padres estaban casados cuando nació, el padre firmó un reconocimiento de paternidad o un tribunal decidió quién es el padre.
apply-paternity-not_established = No establecida
apply-paternity-not_established-hint = Todavía nadie ha sido nombrado legalmente como el padre. La agencia puede ayudar, con una prueba genética si hace falta.
apply-paternity-unknown = No sé
apply-paternity-unknown-hint = No se preocupe. La agencia lo averiguará.
apply-add-child = Agregar otro hijo o hija
apply-remove-child = Quitar al hijo o hija { $number }
apply-child-removed = Se quitó al hijo o hija { $number }.

## Paso 4: Órdenes existentes

apply-orders-intro = ¿Un tribunal ya ordenó manutención para estos hijos? Si es así, agregue cada orden. Si no, siga al paso siguiente.
apply-orders-none = No ha agregado órdenes.
apply-order = Orden { $number }
apply-order-state = Estado donde se dictó la orden
apply-order-court = Tribunal
apply-order-court-hint = Por ejemplo: Tribunal de Circuito del Condado de Dane.
apply-order-case_number = Número de caso
apply-order-case_number-hint = Tal como aparece en la orden.
apply-add-order = Agregar una orden
apply-remove-order = Quitar la orden { $number }
apply-order-removed = Se quitó la orden { $number }.

## Paso 5: Servicios

apply-services-legend = ¿Qué servicios quiere?
apply-services-hint = Elija todos los que correspondan. Si no está seguro, elija los que más se acerquen; la agencia le ayudará.
apply-service-locate_parent = Localizar al otro padre o madre
apply-service-locate_parent-hint = La agencia busca en registros dónde vive o trabaja el otro padre o madre.
apply-service-establish_paternity = Establecer la paternidad
apply-service-establish_paternity-hint = Nombrar legalmente al padre del niño, con una prueba genética si hace falta.
apply-service-establish_order = Obtener una orden de manutención
apply-service-establish_order-hint = Pedir una orden que diga cuánta manutención se paga.
apply-service-medical_support = Cobertura médica para los hijos
apply-service-medical_support-hint = Incluir en la orden el seguro médico o los gastos médicos de los hijos.
apply-service-enforce_order = Cobrar la manutención ordenada
apply-service-enforce_order-hint = Asegurar que se hagan los pagos de una orden, por ejemplo, descontándolos del salario.
apply-service-review_and_modify = Revisar y cambiar una orden
apply-service-review_and_modify-hint = Revisar si la cantidad de una orden debe subir o bajar.
apply-service-collect_arrears = Cobrar la manutención atrasada
apply-service-collect_arrears-hint = Cobrar la manutención que se debió pagar antes.
apply-service-employment_referral = Ayuda de empleo para el otro padre o madre
apply-service-employment_referral-hint = Enviar a quien paga a un programa que ayuda a encontrar trabajo.
apply-service-parenting_time_referral = Ayuda con el tiempo de crianza
apply-service-parenting_time_referral-hint = Una referencia para ayudar con un plan de tiempo de crianza o una mediación.

## Paso 6: Seguridad

apply-safety-intro = Su seguridad es importante. Si le preocupa algo del otro padre o madre, puede decírnoslo aquí. La agencia usa estas respuestas para protegerle a usted y a sus hijos.
apply-safety-legend = Marque lo que corresponda en su caso
apply-safety-hint = No tiene que marcar nada. También puede decírselo a la agencia más adelante.
apply-safety-fears_harm = El otro padre o madre me ha lastimado o amenazado a mí o a mis hijos, o tengo miedo de que lo haga
apply-safety-fears_harm-hint = La agencia tiene más cuidado con su caso. No le pedirá nada que pueda ponerle en riesgo, como reunirse con el otro padre o madre.
apply-safety-request_family_violence_flag = Mantener en privado dónde vivo
apply-safety-request_family_violence_flag-hint = La agencia marca su caso para que nunca se dé a conocer su dirección ni dónde está, tampoco al otro padre o madre.
apply-safety-address_confidentiality = Participo en el programa de confidencialidad de domicilio de mi estado
apply-safety-address_confidentiality-hint = La agencia usará solo la dirección sustituta que le dio el programa.
apply-safety-exit = Si necesita salir rápido de esta aplicación, use el botón Salida rápida en la parte de arriba de cada página, o presione la tecla Esc dos veces.
apply-safety-hotline = Para recibir ayuda confidencial a cualquier hora, llame a la Línea Nacional sobre la Violencia Doméstica al 1-800-799-7233. Si está en peligro ahora, llame al 911.

## Paso 7: Cargos

apply-fees-heading = Cargo por la solicitud
apply-fees-rule = El cargo por la solicitud es de { $amount } como máximo. No hay cargo para quienes reciben TANF o Medicaid.
apply-fees-waived = Usted dijo que recibe TANF o Medicaid, así que no se le debería cobrar un cargo por la solicitud.
apply-fees-may-apply = Usted dijo que no recibe TANF ni Medicaid, así que la agencia puede cobrarle un cargo de hasta { $amount }. Le dirá si tiene que pagarlo y cómo.
apply-fees-decided = La agencia decide el cargo. Si su respuesta sobre los beneficios no es correcta, vuelva a Sobre usted y cámbiela.

## Paso 8: Revisar y firmar

apply-review-intro = Revise sus respuestas. Use Cambiar para corregir lo que haga falta; luego firme y envíe.
apply-change = Cambiar
apply-answer-none = No lo indicó
apply-review-name = Nombre
apply-review-dob = Fecha de nacimiento
apply-review-ssn = Número de Seguro Social
apply-review-ssn-ending = Termina en { $digits }
apply-review-phone = Teléfono
apply-review-email = Correo electrónico
apply-review-address = Dirección
apply-review-benefits = Beneficios
apply-review-benefits-none = Ninguno
apply-review-aliases = Otros nombres
apply-review-employer = Empleador
apply-review-description = Otros datos
apply-review-paternity = Paternidad
apply-review-orders-none = Ninguna
apply-review-order-value = { $court }, { $state }, caso { $number }
apply-review-services-none = No eligió ninguno
apply-review-safety-none = No marcó nada
apply-review-fee = Cargo por la solicitud
apply-review-fee-waived = Ninguno, porque recibe TANF o Medicaid
apply-review-fee-may-apply = Hasta { $amount }, según decida la agencia
apply-sign-heading = Firme su solicitud
apply-sign-text = Escriba su nombre completo y marque la casilla. Esta es su firma electrónica.
apply-signature-typed_name = Su nombre completo
apply-signature-typed_name-hint = Su nombre y apellido, tal como los escribió en Sobre usted.
apply-signature-consent = Confirmo que lo que escribí es verdad según mi leal saber y entender, y acepto que la agencia lo use para prestar servicios de manutención de menores.

## Qué corregir, por campo y problema: apply-error-<campo>-<problema>, si no apply-error-<problema>

apply-error-required = Complete esta respuesta
apply-error-invalid_date = Escriba una fecha real con mes, día y año
apply-error-future_date = Una fecha de nacimiento no puede ser futura
apply-error-too_long_ago = Escriba el año con 4 dígitos, de 1900 en adelante
apply-error-invalid_ssn = Un número de Seguro Social tiene 9 dígitos, como 123-45-6789
apply-error-invalid_state = Elija un estado de la lista
apply-error-invalid_zip = Un código postal tiene 5 dígitos, como 53703, o 9, como 53703-1234
apply-error-invalid_email = Escriba un correo electrónico como nombre@ejemplo.com
apply-error-invalid_phone = Escriba un número de teléfono con el código de área, como 608-555-0100
apply-error-too_long = Es demasiado largo. Acórtelo, por favor
apply-error-incomplete_address = Escriba la dirección completa (calle, ciudad, estado y código postal) o déjela toda en blanco
apply-error-no_children = Agregue al menos un hijo o hija
apply-error-too_many = Hay demasiados aquí
apply-error-no_services = Elija al menos un servicio
apply-error-signature_mismatch = Escriba su nombre tal como lo dio en Sobre usted: { $name }
apply-error-consent_required = Marque la casilla para confirmar y firmar

apply-error-applicant-given_name-required = Escriba su nombre
apply-error-applicant-family_name-required = Escriba su apellido
apply-error-applicant-date_of_birth-required = Escriba su fecha de nacimiento con mes, día y año
apply-error-applicant-date_of_birth-invalid_date = Escriba su fecha de nacimiento con mes, día y año, como 4 28 1990
apply-error-applicant-address-line1-required = Escriba su calle y número
apply-error-applicant-address-city-required = Escriba su ciudad o pueblo
apply-error-applicant-address-state-required = Elija su estado o territorio
apply-error-applicant-address-zip-required = Escriba su código postal
apply-error-other_parent-date_of_birth-invalid_date = Escriba la fecha de nacimiento del otro padre o madre con mes, día y año, o déjela toda en blanco
apply-error-other_parent-description-too_long = Acórtelo a 2,000 caracteres o menos
apply-error-children-given_name-required = Escriba el nombre del hijo o hija
apply-error-children-family_name-required = Escriba el apellido del hijo o hija
apply-error-children-date_of_birth-required = Escriba la fecha de nacimiento del hijo o hija con mes, día y año
apply-error-children-date_of_birth-invalid_date = Escriba la fecha de nacimiento del hijo o hija con mes, día y año, como 3 9 2019
apply-error-children-paternity-required = Indique si la paternidad de este hijo o hija está establecida
apply-error-children-too_many = Una solicitud puede incluir como máximo 20 hijos
apply-error-existing_orders-state-required = Elija el estado donde se dictó la orden
apply-error-existing_orders-court-required = Escriba el tribunal que dictó la orden
apply-error-existing_orders-case_number-required = Escriba el número de caso de la orden
apply-error-existing_orders-too_many = Una solicitud puede incluir como máximo 10 órdenes
apply-error-signature-typed_name-required = Escriba su nombre completo para firmar

## Después de enviar

apply-confirm-sending-heading = Enviando su solicitud
apply-confirm-sending = Su solicitud está guardada y se está enviando…
apply-confirm-waiting-heading = Guardada, esperando para enviarse
apply-confirm-waiting = Su solicitud está guardada en esta computadora. La enviaremos cuando se pueda comunicar con la agencia. La aplicación lo sigue intentando sola, así que no tiene que hacer nada.
apply-confirm-paused-heading = Envío en pausa
apply-confirm-paused = Su solicitud está guardada en esta computadora. El envío está en pausa: se enviará cuando se reanude.
apply-confirm-retry-at = Próximo intento: { $time }.
apply-confirm-received-heading = Solicitud recibida
apply-confirm-number = Su número de solicitud es
apply-confirm-keep = Guarde este número. Lo necesitará si se comunica con la agencia.
apply-confirm-next-heading = Qué pasa ahora
apply-confirm-next-review = La agencia revisa su solicitud. Si necesita más información, se comunicará con usted.
apply-confirm-next-fee = Si hay un cargo, la agencia le dirá cómo pagarlo.
apply-confirm-next-status = Puede seguir el estado de su solicitud aquí abajo.
apply-confirm-failed-heading = Su solicitud no fue aceptada
apply-confirm-failed = { $reason }
apply-confirm-retry = Intentar de nuevo
apply-new = Empezar una solicitud nueva

## Las solicitudes del padre o la madre

apply-applications-heading = Sus solicitudes
# $time es solo una hora si es de hoy; si no, una fecha y una hora.
apply-applications-as-of = Estado a la fecha: { $time }.
apply-applications-never = Todavía no se ha actualizado con la agencia.
apply-applications-none = Todavía no tiene solicitudes. Una solicitud nueva aparece aquí cuando la agencia ya la tiene.
apply-applications-failed = No se pudieron mostrar sus solicitudes. { $reason }
apply-application-title = Solicitud { $id }
apply-application-submitted = Enviada
apply-application-services = Servicios
apply-application-children = Hijos
apply-application-fee = Cargo por la solicitud
apply-application-no-fee = Sin cargo
apply-application-case = Caso
apply-application-timeline = Historial del estado de la solicitud { $id }
apply-status-received = Recibida
apply-status-under_review = En revisión
apply-status-needs_information = Se necesita más información
apply-status-accepted = Aceptada
apply-status-denied = Denegada
apply-status-withdrawn = Retirada
apply-status-current = Estado actual

## Estados, DC y territorios, por código postal (USPS)

apply-state-AL = Alabama
apply-state-AK = Alaska
apply-state-AZ = Arizona
apply-state-AR = Arkansas
apply-state-CA = California
apply-state-CO = Colorado
apply-state-CT = Connecticut
apply-state-DE = Delaware
apply-state-DC = Distrito de Columbia
apply-state-FL = Florida
apply-state-GA = Georgia
apply-state-HI = Hawái
apply-state-ID = Idaho
apply-state-IL = Illinois
apply-state-IN = Indiana
apply-state-IA = Iowa
apply-state-KS = Kansas
apply-state-KY = Kentucky
apply-state-LA = Luisiana
apply-state-ME = Maine
apply-state-MD = Maryland
apply-state-MA = Massachusetts
apply-state-MI = Míchigan
apply-state-MN = Minnesota
apply-state-MS = Misisipi
apply-state-MO = Misuri
apply-state-MT = Montana
apply-state-NE = Nebraska
apply-state-NV = Nevada
apply-state-NH = Nuevo Hampshire
apply-state-NJ = Nueva Jersey
apply-state-NM = Nuevo México
apply-state-NY = Nueva York
apply-state-NC = Carolina del Norte
apply-state-ND = Dakota del Norte
apply-state-OH = Ohio
apply-state-OK = Oklahoma
apply-state-OR = Oregón
apply-state-PA = Pensilvania
apply-state-RI = Rhode Island
apply-state-SC = Carolina del Sur
apply-state-SD = Dakota del Sur
apply-state-TN = Tennessee
apply-state-TX = Texas
apply-state-UT = Utah
apply-state-VT = Vermont
apply-state-VA = Virginia
apply-state-WA = Washington
apply-state-WV = Virginia Occidental
apply-state-WI = Wisconsin
apply-state-WY = Wyoming
apply-state-PR = Puerto Rico
apply-state-VI = Islas Vírgenes de los Estados Unidos
apply-state-GU = Guam
