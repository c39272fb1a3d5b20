## Messages of the modify screen (es).

## Los motivos de la comprobación de modificación de la calculadora
## (crates/guidelines/src/modification.rs): un mensaje por clave de MESSAGE_KEYS, como
## ws-<clave>. La app da formato al dinero ($difference, $threshold); $months es una cantidad;
## $percent es una cifra como 15.0.

ws-common-mod-may-ask-anyway = Sea cual sea el resultado de esta comprobación, usted puede pedir una revisión. La agencia de manutención de menores o el tribunal decide si su orden cambia.

ws-tx-mod-three-years-and-threshold = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, es decir, hace 3 años o más, y el nuevo monto difiere de su orden en { $difference } al mes. Después de 3 años, se puede revisar una orden si el nuevo monto difiere de ella en al menos un 20% o en al menos $100 al mes; para su orden, eso significa { $threshold } o más. Su orden cumple este requisito.
ws-tx-mod-three-years-below-threshold = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, es decir, hace 3 años o más, pero el nuevo monto difiere de su orden en solo { $difference } al mes. Después de 3 años, se puede revisar una orden si el nuevo monto difiere de ella en al menos un 20% o en al menos $100 al mes; para su orden, eso significa { $threshold } o más. Su orden no cumple este requisito.
ws-tx-mod-under-three-years = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, menos de 3 años, así que el requisito de los 3 años todavía no se aplica.
ws-tx-mod-material-change = Su orden todavía puede cambiar si su situación o la de sus hijos ha cambiado mucho desde que se dictó, por ejemplo, por un cambio grande en los ingresos o en dónde viven los hijos. El tribunal decide si el cambio es suficiente.
ws-tx-mod-agreed-order = Si ambos padres acordaron el monto de su orden y ese monto es distinto del monto de la guía, el requisito de los 3 años no se aplica: solo cuenta un cambio grande en su situación o en la de sus hijos.

ws-ny-mod-three-years = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, es decir, hace 3 años o más. Eso basta para pedir una revisión.
ws-ny-mod-under-three-years = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, menos de 3 años.
ws-ny-mod-income-not-given = No se indicó su ingreso de cuando se dictó la orden, así que no se comprobó el requisito del 15% de cambio en los ingresos.
ws-ny-mod-income-up = Su ingreso bruto ha subido un { $percent }% desde que se dictó la orden, es decir, un 15% o más. Eso basta para pedir una revisión.
ws-ny-mod-income-from-none = Usted no tenía ingreso bruto cuando se dictó la orden y ahora sí lo tiene, un cambio de más del 15%. Eso basta para pedir una revisión.
ws-ny-mod-income-down = Su ingreso bruto ha bajado un { $percent }% desde que se dictó la orden, es decir, un 15% o más. Una baja en los ingresos solo cuenta si no fue por decisión suya y si usted ha hecho todo lo posible por encontrar un trabajo acorde con su educación, sus capacidades y su experiencia. El tribunal decide si cuenta.
ws-ny-mod-income-small-change = Su ingreso bruto ha cambiado un { $percent }% desde que se dictó la orden, menos del 15% que basta por sí solo.
ws-ny-mod-opt-out = Si usted y el otro padre o madre firmaron un acuerdo que excluye estos requisitos, no se aplican: solo cuenta un cambio grande en su situación.
ws-ny-mod-substantial-change = Su orden todavía puede cambiar si su situación o la de sus hijos ha cambiado mucho desde que se dictó. El tribunal decide si el cambio es suficiente.

ws-wi-mod-33-months = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, es decir, hace 33 meses o más. Eso basta para pedir una revisión.
ws-wi-mod-under-33-months = Su orden se dictó o se cambió por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, menos de 33 meses.
ws-wi-mod-threshold = El nuevo monto difiere de su orden en { $difference } al mes. Se puede revisar una orden cuando la diferencia es a la vez de al menos un 15% de la orden y de al menos $50 al mes; para su orden, eso significa { $threshold } o más. Su orden cumple este requisito.
ws-wi-mod-below-threshold = El nuevo monto difiere de su orden en { $difference } al mes. Se puede revisar una orden cuando la diferencia es a la vez de al menos un 15% de la orden y de al menos $50 al mes; para su orden, eso significa { $threshold } o más. Su orden no cumple este requisito.
ws-wi-mod-substantial-change = Su orden todavía puede cambiar si su situación o la de sus hijos ha cambiado mucho desde que se dictó. El tribunal decide si el cambio es suficiente.

ws-de-mod-after-30-months = La manutención se fijó por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, es decir, hace 2½ años o más. Su orden se puede revisar sin demostrar un cambio en su situación ni un cambio mínimo en el monto.
ws-de-mod-within-30-months = La manutención se fijó por última vez hace { $months } { $months ->
    [one] mes
   *[other] meses
}, menos de 2½ años.
ws-de-mod-more-than-ten-percent = El nuevo monto difiere de su orden en { $difference } al mes, más del 10% de la orden ({ $threshold }).
ws-de-mod-substantial-change = Como han pasado menos de 2½ años, su solicitud también debe demostrar que su situación ha cambiado mucho. El tribunal decide si es así.
ws-de-mod-ten-percent-or-less = El nuevo monto difiere de su orden en { $difference } al mes, que no es más del 10% de la orden ({ $threshold }). Antes de que pasen 2½ años desde que se fijó la manutención, el cambio debe ser de más del 10%, así que no se cumple este requisito.

ws-ca-mod-threshold = El nuevo monto difiere de su orden en { $difference } al mes. La agencia de manutención de menores pide al tribunal que cambie una orden cuando la diferencia es de al menos $50 al mes o de al menos un 20% de la orden, lo que sea menor; para su orden, eso significa { $threshold } o más. Su orden cumple este requisito.
ws-ca-mod-below-threshold = El nuevo monto difiere de su orden en { $difference } al mes. La agencia de manutención de menores pide al tribunal que cambie una orden cuando la diferencia es de al menos $50 al mes o de al menos un 20% de la orden, lo que sea menor; para su orden, eso significa { $threshold } o más. Su orden no cumple este requisito.
ws-ca-mod-material-change = Su orden todavía puede cambiar si su situación o la de sus hijos ha cambiado mucho desde que se dictó. El tribunal decide si el cambio es suficiente.

ws-ga-mod-substantial-change = En Georgia no hay un plazo ni un monto fijo que permita revisar una orden. Su orden puede cambiar si los ingresos o la situación económica de cualquiera de los padres, o las necesidades de los hijos, han cambiado mucho desde que se dictó. El tribunal decide si el cambio es suficiente.
ws-ga-mod-phase-in-one-year = Su orden es de antes de 2007 y el nuevo monto difiere de ella entre un 15% y un 30%, así que el tribunal puede aplicar el nuevo monto de forma gradual en un plazo de hasta un año.
ws-ga-mod-phase-in-two-years = Su orden es de antes de 2007 y el nuevo monto difiere de ella en un 30% o más, así que el tribunal puede aplicar el nuevo monto de forma gradual en un plazo de hasta dos años.
ws-ga-mod-two-year-bar = Si un tribunal ya resolvió una solicitud suya para cambiar esta orden, normalmente debe esperar 2 años desde esa decisión antes de volver a pedirlo. No tiene que esperar si el padre o la madre que paga no ha usado su tiempo de crianza o ha tenido más tiempo del que da la orden, o si lo pide porque perdió ingresos sin que fuera su decisión.

## La pantalla Modificar: pedir que se revise una orden de manutención.

modify-page-intro = Cuando cambia su situación, puede pedir a la agencia que revise su orden de manutención. Díganos qué cambió, vea cuánto sería según la guía ahora y si se cumplen las reglas de su estado para una revisión, y luego envíe su solicitud.
modify-sign-in-prompt = Inicie sesión para pedir que se revise su orden de manutención y seguir sus solicitudes.
modify-loading = Cargando sus casos…
modify-case-label = Caso
modify-case-hint = Solo aparecen los casos que tienen una orden de manutención.
modify-case-option = Caso { $id }: { $role ->
    [custodial] usted recibe manutención
   *[noncustodial] usted paga manutención
}
modify-no-order = El caso { $id } todavía no tiene una orden de manutención, así que no hay ninguna orden que cambiar. Cuando el tribunal dicte una orden, podrá pedir aquí que se revise.
modify-no-order-heading = Todavía no hay una orden que cambiar

# La orden vigente.
modify-order-heading = Caso { $id }: su orden actual
modify-order-amount = Manutención ordenada
modify-order-monthly = Al mes
modify-order-date = Dictada o cambiada por última vez el

# 1. Qué cambió
modify-step-changed = 1. Qué cambió
modify-reason-legend = ¿Qué cambió?
modify-reason-hint = Elija la opción que mejor corresponda. Abajo puede explicarlo con sus propias palabras.
modify-reason-income_change = Cambiaron los ingresos de uno de los padres
modify-reason-job_loss = Uno de los padres perdió su trabajo
modify-reason-custody_change = Cambió el tiempo de crianza
modify-reason-incarceration = Uno de los padres está en la cárcel o en prisión
modify-reason-disability = Uno de los padres quedó discapacitado o gravemente enfermo
modify-reason-child_needs = Cambiaron las necesidades de los hijos
modify-reason-other = Otra cosa
modify-details-label = Cuéntele a la agencia qué cambió
modify-details-hint = Diga qué cambió y cuándo, por ejemplo: "El 3 de marzo empecé un trabajo nuevo en el que gano menos". No incluya números de Seguro Social.
modify-details-limit = Puede escribir hasta 2,000 caracteres.
modify-details-left = { $count ->
    [one] Queda 1 carácter
   *[other] Quedan { $count } caracteres
}
modify-details-over = { $count ->
    [one] 1 carácter más del límite
   *[other] { $count } caracteres más del límite
}

# 2. Su nuevo cálculo
modify-step-estimate = 2. Su nuevo cálculo
modify-estimate-intro = Calcule cuánto sería la manutención según la guía de { $state } con su situación actual. Completamos lo que dice su caso; cambie lo que sea distinto ahora.
modify-calculator-unavailable-heading = La aplicación no puede calcular este monto aquí
modify-calculator-unavailable = La aplicación aún no conoce todas las reglas de { $state }, así que no puede calcular el nuevo monto. Si lo sabe, por ejemplo por la agencia o por un abogado, escríbalo abajo.
modify-use-typed = Ya sé cuál es el nuevo monto
modify-use-calculator = Mejor calcularlo con la calculadora
modify-estimate-label = El nuevo monto de manutención, al mes
modify-estimate-hint = En dólares y centavos, como 412.50. Déjelo en blanco si no lo sabe.
modify-new-heading = El nuevo monto
modify-new-waiting = Complete los datos de arriba para ver el nuevo monto.
modify-new-converted = La guía da { $amount } { $per ->
    [year] al año
   *[week] por semana
}, es decir, { $monthly } al mes.
modify-new-flipped = Con estos datos, los pagos irían en sentido contrario. La comprobación de abajo compara solo los montos: la agencia o el tribunal decide qué dice una nueva orden.
modify-calculator-refused = La calculadora no puede calcular este caso: { $problem } Puede escribir el nuevo monto en su lugar.
modify-incomes-legend = Su ingreso bruto al mes (opcional)
modify-incomes-hint = Nueva York también tiene en cuenta si su ingreso antes de impuestos cambió un 15% o más. Escriba ambos montos o deje ambos en blanco.
modify-income-before = Cuando se dictó la orden
modify-income-after = Ahora

# 3. Las reglas del estado para una revisión
modify-step-check = 3. ¿Cumple las reglas de su estado para una revisión?
modify-check-waiting = Cuando haya un nuevo monto, verá aquí si se cumplen las reglas de su estado para una revisión.
modify-check-checking = Comprobando…
modify-check-failed = La aplicación no pudo comprobar las reglas de su estado. { $reason }
modify-check-current = Su orden actual, al mes
modify-check-new = El nuevo monto, al mes
modify-check-difference = Diferencia
modify-difference-less = { $amount } menos al mes
modify-difference-more = { $amount } más al mes
modify-difference-same = Lo mismo que su orden
modify-difference-percent = { $change } ({ $percent }%)
modify-verdict-meets = Su orden cumple las reglas de su estado para una revisión
modify-verdict-court_decides = La agencia o el tribunal decide si se puede revisar su orden
modify-verdict-does_not_meet = Su orden no cumple las reglas de su estado para una revisión
modify-reasons-heading = Por qué
modify-citation = Regla: { $citation }

# 4. Documentos
modify-step-documents = 4. Documentos de apoyo (opcional)
modify-documents-text = Las pruebas ayudan a la agencia a decidir, por ejemplo, talones de pago, una carta que diga que su trabajo terminó o una nueva orden de tiempo de crianza. Los documentos que agregue aquí se envían con su solicitud.
modify-documents-link = Ir a Documentos
modify-attach = Agregar un documento…
modify-attachments-heading = Documentos que se envían con su solicitud
modify-attachments-none = No ha agregado documentos.
modify-documents-elsewhere = Todo lo que envíe, y la revisión de la agencia, también está en la página de Documentos.
modify-send-documents = { $count ->
    [one] Con su solicitud va 1 documento.
   *[other] Con su solicitud van { $count } documentos.
}
modify-error-attachment_failed = Un documento no fue aceptado. Envíelo de nuevo, o quítelo.
modify-confirm-documents-heading = Documentos de su solicitud
modify-confirm-documents-waiting = Su solicitud se envía a la agencia en cuanto se envíen sus documentos.
modify-confirm-document = { $file }: { $status }
modify-confirm-document-queued = esperando para enviarse
modify-confirm-document-sending = enviándose ({ $percent }%)
modify-confirm-document-paused = en pausa
modify-confirm-document-delivered = enviado
modify-confirm-document-failed = no fue aceptado
modify-request-documents = Documentos

# 5. Enviar
modify-step-send = 5. Envíe su solicitud
modify-send-text = La agencia recibe su solicitud con lo que usted escribió y, si lo hay, el nuevo monto.
modify-send-amount = El nuevo monto que se envía con su solicitud: { $amount } al mes.
modify-submit = Enviar mi solicitud
modify-submitting = Enviando…
modify-submit-failed = No se pudo guardar su solicitud. { $reason }

# Errores, según el motivo del backend o del propio formulario.
modify-errors-heading = { $count ->
    [one] Hay 1 problema con su solicitud
   *[other] Hay { $count } problemas con su solicitud
}
modify-errors-text = Elija uno para ir a él.
modify-error-reason_required = Elija qué cambió
modify-error-required = Explique con sus propias palabras qué cambió
modify-error-too_long = Use 2,000 caracteres o menos
modify-error-invalid_amount = Escriba una cantidad en dólares y centavos, cero o más, como 412.50
modify-error-unknown_case = Este caso no es suyo, o la aplicación todavía no lo ha descargado
modify-error-no_order = Este caso todavía no tiene una orden de manutención que cambiar
estimate-error-order_date_after_as_of = La fecha de su orden es posterior a hoy, así que la aplicación todavía no puede compararla. Pida a la agencia que revise la fecha de su orden

# La solicitud enviada.
modify-confirm-sending-heading = Enviando su solicitud
modify-confirm-sending = Su solicitud está guardada y se está enviando…
modify-confirm-waiting-heading = Guardada, esperando para enviarse
modify-confirm-waiting = Su solicitud está guardada en esta computadora. Se enviará cuando se pueda comunicar con la agencia. La aplicación lo sigue intentando sola, así que no tiene que hacer nada.
modify-confirm-paused-heading = Envío en pausa
modify-confirm-paused = Su solicitud está guardada en esta computadora. El envío está en pausa: se enviará cuando se reanude.
modify-confirm-retry-at = Próximo intento: { $time }.
modify-confirm-received-heading = Solicitud recibida
modify-confirm-number = Su número de solicitud es
modify-confirm-keep = Guarde este número. Lo necesitará si se comunica con la agencia.
modify-confirm-failed-heading = Su solicitud no fue aceptada
modify-confirm-failed = { $reason }
modify-confirm-retry = Intentar de nuevo

# Las solicitudes del padre o la madre para este caso.
modify-requests-heading = Sus solicitudes para este caso
modify-requests-failed = No se pudieron mostrar sus solicitudes. { $reason }
modify-requests-never = Todavía no se ha actualizado con la agencia.
modify-requests-as-of = Estado a la fecha: { $time }.
modify-requests-none = Todavía no ha pedido que se revise esta orden.
modify-request-title = Solicitud { $id }
modify-request-reason = Qué cambió
modify-request-submitted = Enviada el
modify-request-amount = Nuevo monto
modify-request-amount-value = { $amount } al mes
modify-request-details = Lo que usted escribió
modify-request-timeline = Estado de la solicitud { $id }
modify-status-current = Estado actual
modify-status-received = Recibida
modify-status-under_review = En revisión
modify-status-granted = Aprobada
modify-status-denied = Denegada
modify-status-withdrawn = Retirada
