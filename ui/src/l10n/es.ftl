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
estimate-intro = Escriba los ingresos de ambos padres y el tiempo que los hijos pasan con cada uno para ver una cantidad aproximada de manutención según la guía de su estado. Un cálculo aproximado no es una orden del tribunal.
apply-title = Solicite servicios de manutención de menores
apply-intro = Aquí podrá pedir ayuda a la agencia de manutención de menores de su estado para localizar al otro padre o madre, establecer la paternidad, obtener una orden de manutención y cobrar los pagos.
payments-title = Sus pagos
payments-intro = Aquí podrá ver cada pago de su caso, cómo se aplicó y cuánto se debe todavía.
documents-title = Sus documentos
documents-intro = Aquí podrá enviar los documentos que le pida la agencia, como talones de pago o comprobantes de gastos de cuidado infantil, y ver si la agencia los recibió.
modify-title = Pida un cambio en su orden de manutención
modify-intro = Aquí podrá pedir a la agencia que revise su orden de manutención cuando cambie su situación, por ejemplo, si sus ingresos suben o bajan mucho.

## Pantalla de cálculo

estimate-state-label = Estado
estimate-state-hint = El estado cuya guía se usa. La aplicación recordará su elección para la próxima vez.
estimate-state-choose = - Elija un estado -
state-US-CA = California
state-US-DE = Delaware
state-US-GA = Georgia
state-US-NY = Nueva York
state-US-TX = Texas
state-US-WI = Wisconsin
estimate-incomplete-heading = Todavía no se puede calcular para este estado
estimate-incomplete-text = La aplicación aún no conoce todas las reglas de { $state }, así que no puede calcular la manutención allí.
estimate-children-label = Número de hijos
estimate-children-hint = Los hijos para los que es esta manutención.
estimate-custodial-legend = ¿Con quién viven los hijos la mayor parte del tiempo?
estimate-custodial-a = Conmigo
estimate-custodial-b = Con el otro padre o madre
estimate-period-label = Escriba las cantidades
estimate-period-hint = Esto se aplica a todas las cantidades en dólares de esta página.
estimate-period-month = Por mes
estimate-period-year = Por año
estimate-parent-a = Usted
estimate-parent-b = El otro padre o madre
estimate-income-gross = Ingreso bruto (antes de impuestos)
estimate-income-gross-hint = El ingreso de cada padre de todas las fuentes antes de impuestos, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-income-net_resources = Recursos netos (ingreso después de impuestos, cuotas sindicales y el seguro médico de los hijos)
estimate-income-net_resources-hint = El ingreso de cada padre de todas las fuentes, menos impuestos, cuotas sindicales y el seguro médico que paga por los hijos, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-income-net_disposable = Ingreso neto disponible (después de impuestos y deducciones obligatorias)
estimate-income-net_disposable-hint = El ingreso de cada padre de todas las fuentes, menos impuestos y las deducciones que exige la ley, como la jubilación obligatoria, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-overnights-legend = Tiempo con los hijos
estimate-overnights-hint = Las noches al año que los hijos pasan con cada padre, de 0 a 366. Un año completo son 365 noches. Déjelo en blanco si no lo sabe.
estimate-overnights-a = Noches al año que los hijos pasan con usted
estimate-overnights-b = Noches al año que los hijos pasan con el otro padre o madre
estimate-details-title = Más detalles (opcional)
estimate-field-health_insurance = Seguro médico de estos hijos
estimate-field-health_insurance-hint = Lo que cada padre paga por el seguro médico de los hijos, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-field-child_care = Cuidado de los hijos
estimate-field-child_care-hint = Lo que cada padre paga por el cuidado de estos hijos mientras trabaja o busca trabajo, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-field-other_children = Otros hijos que mantiene cada padre
estimate-field-other_children-hint = Hijos que no son parte de este caso y que el padre o la madre mantiene, como los hijos que viven con él o ella. Escriba un número.
estimate-field-other_support_paid = Manutención pagada por otros hijos
estimate-field-other_support_paid-hint = Lo que cada padre paga según otras órdenes de manutención, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-field-maintenance_paid = Pensión alimenticia del cónyuge pagada
estimate-field-maintenance_paid-hint = La pensión para un excónyuge que paga cada padre, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-field-fica_paid = Impuestos del Seguro Social y Medicare
estimate-field-fica_paid-hint = Los impuestos FICA que se descuentan del sueldo de cada padre, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-field-local_tax_paid = Impuesto municipal sobre el ingreso
estimate-field-local_tax_paid-hint = El impuesto sobre el ingreso de la ciudad de Nueva York o de Yonkers que paga cada padre, { $period ->
    [year] al año.
   *[month] al mes.
}
estimate-date-label = Fecha para la que es el cálculo
estimate-date-hint = Se usan las reglas del estado vigentes en esta fecha. Ya aparece la fecha de hoy.
estimate-result-heading = Su cálculo
estimate-waiting = Escriba el estado, el número de hijos, con quién viven la mayor parte del tiempo y los ingresos de ambos padres para ver un cálculo.
estimate-summary-a-pays = Usted le pagaría al otro padre o madre { $amount } { $per ->
    [week] a la semana
    [year] al año
   *[month] al mes
}.
estimate-summary-b-pays = El otro padre o madre le pagaría a usted { $amount } { $per ->
    [week] a la semana
    [year] al año
   *[month] al mes
}.
estimate-summary-none = Según esta guía, ninguno de los padres pagaría manutención.
estimate-rules = Calculado según { $citation }, vigente desde el { $effective }.
estimate-notes-heading = Para tener en cuenta
estimate-english-only = Por ahora, la hoja de cálculo detallada y las notas se muestran en inglés.
estimate-worksheet-title = Cómo se calculó (hoja de cálculo)
estimate-worksheet-caption = La hoja de cálculo según { $citation }, línea por línea
estimate-col-line = Línea
estimate-col-value = Total o valor
estimate-col-rule = Regla
estimate-print = Imprimir o guardar como PDF
estimate-printed-on = Impreso el { $date }. Un cálculo aproximado no es una orden del tribunal.
estimate-facts-heading = Datos usados para el cálculo
estimate-facts-custodial = Con quién viven los hijos la mayor parte del tiempo
estimate-facts-period = Cantidades
estimate-fix-field = Para ver un cálculo, corrija lo que está marcado en el formulario: { $problem }
estimate-error-heading = No se puede hacer el cálculo
estimate-load-failed = No se pudo cargar la lista de estados. { $reason }

## Errores del cálculo, según el código del calculador

estimate-error-invalid_json = La aplicación no pudo leer los datos de este cálculo. Inténtelo de nuevo
estimate-error-unknown_field = La aplicación envió un dato que el calculador no conoce. Inténtelo de nuevo
estimate-error-missing_field = Complete este dato
estimate-error-wrong_type = Escriba un número
estimate-error-not_a_number = Escriba una cantidad en dólares y centavos, como 1250.00
estimate-error-negative_amount = La cantidad no puede ser menor que cero
estimate-error-too_large = Esta cantidad es demasiado grande
estimate-error-income_both = Escriba el ingreso por mes o por año, no ambos
estimate-error-income_missing = Escriba el ingreso de este padre o madre
estimate-error-invalid_overnights = Escriba un número de noches entre 0 y 366
estimate-error-overnights_over_366 = Las noches de ambos padres juntos no pueden ser más de 366
estimate-error-no_children = Escriba al menos 1 hijo
estimate-error-invalid_custodial = Elija con quién viven los hijos la mayor parte del tiempo
estimate-error-custodial_needed = Este estado necesita saber con quién viven los hijos la mayor parte del tiempo
estimate-error-invalid_date = Escriba una fecha válida
estimate-error-unknown_jurisdiction = Elija un estado de la lista
estimate-error-date_before_rules = La aplicación no conoce las reglas de este estado para una fecha tan antigua
estimate-error-invalid_placement = Las noches escritas para los hijos no corresponden a este caso
estimate-error-rules_incomplete = La aplicación aún no conoce todas las reglas de este estado que necesita este caso, así que no puede calcularlo
estimate-error-rules_data = La aplicación no pudo leer su copia de las reglas de este estado. Informe este problema
estimate-error-not_a_whole_number = Escriba un número entero, como 2

## La pantalla neutral que aparece después de la Salida rápida. No debe mencionar la manutención.

neutral-title = Notas
neutral-empty = Todavía no hay notas.
