# Español. Cada mensaje de aquí también debe estar en en.ftl, con las mismas variables.

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

## Las líneas de la hoja de cálculo y las notas de la calculadora: un mensaje por clave de
## crates/guidelines/src/messages.rs (MESSAGE_KEYS), como ws-<clave>. worksheetKeys.ts las
## enumera con sus variables; una prueba verifica que estén todas. La app da formato al dinero.

ws-common-monthly-child-support = Manutención mensual de los hijos
ws-common-percentage-for-children = Porcentaje para { $children } { $children ->
    [one] hijo
   *[other] hijos
}

ws-tx-monthly-net-resources = Recursos netos mensuales
ws-tx-obligor = Obligado (el padre o la madre que paga)
ws-tx-net-resources-cap = Límite de recursos netos
ws-tx-net-resources-used = Recursos netos a los que se aplica el porcentaje
ws-tx-above-cap = Los recursos netos del obligado superan el límite de Texas de { $cap } al mes. El monto de la guía se calcula sobre los recursos hasta ese límite, y el tribunal puede ordenar más si las necesidades comprobadas de los hijos lo requieren (Tex. Fam. Code 154.126).
ws-tx-low-income = Los recursos netos del obligado son menores de { $limit } al mes, por lo que se aplican los porcentajes para ingresos bajos de Tex. Fam. Code 154.125(c).
ws-tx-guideline-percentage = Porcentaje de la guía para { $children } { $children ->
    [one] hijo
   *[other] hijos
}
ws-tx-more-than-five-children = Para más de cinco hijos, el porcentaje no puede ser menor que el de cinco hijos (Tex. Fam. Code 154.125(b)); aquí se usa ese mínimo.
ws-tx-other-children = Otros hijos que mantiene el obligado
ws-tx-multi-family-percentage = Porcentaje para varias familias ({ $children } ante el tribunal, { $others } { $others ->
    [one] otro
   *[other] otros
})
ws-tx-percentage-all-children = Porcentaje para los { $children } hijos en total
ws-tx-support-all-children = Manutención para todos los hijos
ws-tx-credit-other-children = Crédito por los otros hijos
ws-tx-adjusted-net-resources = Recursos netos ajustados
ws-tx-low-income-multi-family = No conocemos la tabla de varias familias para ingresos bajos de 154.129(b), así que se usa el cálculo de 154.128 con los porcentajes para ingresos bajos.
ws-tx-unused-fields = La guía de Texas no usa { $fields }, así que no se tuvo en cuenta en este cálculo.
ws-tx-pending-cap = El límite de recursos netos de Texas (Tex. Fam. Code 154.125(a-1), $11,700 al mes desde el 1 de septiembre de 2025): correspondía una nueva cifra el { $due }, que esta calculadora todavía no tiene; se usa la última cifra conocida.

ws-wi-monthly-income = Ingreso mensual
ws-wi-percentage-standard-obligation = Obligación según el porcentaje estándar
ws-wi-overnights = Noches al año
ws-wi-placement-share = Parte del tiempo de colocación
ws-wi-percentage-standard-amount = Monto según el porcentaje estándar
ws-wi-times-150 = Por 150%
ws-wi-times-other-share = Por la parte del tiempo de colocación del otro padre o madre
ws-wi-offset = Compensación: el monto mayor menos el menor
ws-wi-capped = Limitado al monto estándar de quien paga
ws-wi-shared-capped = El monto de colocación compartida era mayor que el monto del porcentaje estándar normal de quien paga, así que se usa el monto normal.
ws-wi-high-income = { $parent ->
    [a] Su ingreso
   *[other] El ingreso del otro padre o madre
} supera { $limit } al mes, por lo que a la parte del ingreso que pasa de esa cifra se le aplican los porcentajes más bajos para ingresos altos de DCF 150.04(5). El tribunal puede aplicar en cambio el porcentaje completo ({ $full } al mes para este padre o madre, antes de cualquier paso de colocación compartida).
ws-wi-low-income = El ingreso de quien paga es menor que el 150% de la guía federal de pobreza de { $year } ({ $limit } al mes). En ese caso, el tribunal puede usar los montos más bajos de DCF 150 Appendix C. No conocemos el Appendix C vigente, así que este cálculo usa el porcentaje estándar y puede ser mayor que la orden (DCF 150.04(4)).
ws-wi-split-per-child-percentage = Porcentaje por hijo
ws-wi-split-children-placed = Hijos que viven principalmente con este padre o madre
ws-wi-split-owed = Monto por los hijos que viven con el otro padre o madre
ws-wi-split-shared-placement-share = { $children } { $children ->
    [one] hijo
   *[other] hijos
} en colocación compartida: parte del tiempo de colocación
ws-wi-split-shared-per-child-amount = { $children } { $children ->
    [one] hijo
   *[other] hijos
} en colocación compartida: monto del porcentaje por hijo
ws-wi-split-shared-times-150 = { $children } { $children ->
    [one] hijo
   *[other] hijos
} en colocación compartida: por 150%
ws-wi-split-shared-times-other-share = { $children } { $children ->
    [one] hijo
   *[other] hijos
} en colocación compartida: por la parte del otro padre o madre
ws-wi-split-total-owed = Total que debe cada padre o madre
ws-wi-split-more-than-five-children = DCF 150.04(3) da porcentajes por hijo hasta para cinco hijos; para { $children }, el 34% se divide entre { $children } y se redondea a la centésima de punto porcentual.
ws-wi-split-high-income = Aquí no se aplican los porcentajes para ingresos altos de DCF 150.04(5) en la colocación dividida; el tribunal puede aplicarlos.
ws-wi-unused-fields = La guía de Wisconsin no usa { $fields }, así que no se tuvo en cuenta en este cálculo.

ws-ny-gross-income = Ingreso bruto (anual)
ws-ny-fica-paid = Impuestos FICA pagados
ws-ny-local-tax-paid = Impuesto sobre el ingreso de la ciudad de Nueva York o de Yonkers pagado
ws-ny-maintenance-paid = Pensión alimenticia al cónyuge pagada (maintenance)
ws-ny-other-support-paid = Manutención pagada para otros hijos
ws-ny-cssa-income = Ingreso según la CSSA
ws-ny-no-fica = No se indicaron impuestos FICA { $parent ->
    [a] para usted
   *[other] para el otro padre o madre
}, así que no se descontó nada. Los impuestos FICA que realmente se pagan se restan del ingreso (FCA 413(1)(b)(5)(vii)(H)).
ws-ny-combined-income = Ingreso combinado de los padres
ws-ny-non-custodial-parent = Padre o madre sin custodia
ws-ny-equal-time = Los padres tienen el mismo tiempo con los hijos, así que el padre o la madre con el ingreso más alto se considera el que no tiene la custodia (Baraby v. Baraby, 250 A.D.2d 201 (3d Dep't 1998)).
ws-ny-no-income = Ninguno de los padres tiene ingreso según la CSSA, así que la obligación básica es cero.
ws-ny-combined-income-cap = Límite del ingreso combinado
ws-ny-combined-obligation = Obligación combinada sobre el ingreso hasta el límite
ws-ny-ncp-share = Parte del ingreso del padre o la madre sin custodia
ws-ny-basic-obligation = Obligación básica de manutención
ws-ny-above-cap = El ingreso combinado supera el límite de { $cap }. Este es el monto sobre el ingreso hasta el límite, y el tribunal también puede aplicar el porcentaje al ingreso que lo supera (FCA 413(1)(c)(3)).
ws-ny-five-or-more-children = Para cinco hijos o más, el porcentaje es "no menos de" 35%; se usa 35%.
ws-ny-below-poverty-line = El ingreso que queda es menor que la guía de pobreza: $25 al mes
ws-ny-below-poverty = Pagar el monto básico dejaría al padre o la madre sin custodia por debajo de la guía de pobreza ({ $guideline }), así que la obligación es de $25 al mes (FCA 413(1)(d)).
ws-ny-self-support-reserve = Reserva de autosustento
ws-ny-below-reserve-line = El ingreso que queda es menor que la reserva de autosustento: lo que sea mayor entre $50 al mes o el ingreso menos la reserva
ws-ny-below-reserve = Pagar el monto básico dejaría al padre o la madre sin custodia por debajo de la reserva de autosustento ({ $reserve }), así que la obligación se reduce (FCA 413(1)(d)).
ws-ny-add-ons-paid = Cuidado infantil y seguro médico pagados (anual)
ws-ny-add-ons-share = Parte proporcional de esos gastos del padre o la madre sin custodia
ws-ny-add-ons-paid-directly = Menos lo que el padre o la madre sin custodia paga directamente
ws-ny-yearly-child-support = Manutención anual de los hijos
ws-ny-unused-fields = La guía de Nueva York no usa { $fields }, así que no se tuvo en cuenta en este cálculo.
ws-ny-pending-cap = El límite del ingreso combinado de los padres de Nueva York (SSL 111-i(2)(b), $183,000 desde el 1 de marzo de 2024): correspondía una nueva cifra el { $due }, que esta calculadora todavía no tiene; se usa la última cifra conocida.
ws-ny-pending-reserve = La reserva de autosustento y la guía de pobreza de Nueva York (FCA 413(1)(b)(6), tabla de 2025): correspondía una nueva cifra el { $due }, que esta calculadora todavía no tiene; se usa la última cifra conocida.

ws-ca-monthly-net-disposable-income = Ingreso neto disponible mensual
ws-ca-higher-earner = Quien gana más
ws-ca-total-net-income = Ingreso neto disponible total (TN)
ws-ca-higher-earner-time = Tiempo con los hijos de quien gana más (H%)
ws-ca-fraction = Fracción para TN
ws-ca-k = K
ws-ca-one-child = CS para un hijo = K x (HN - H% x TN)
ws-ca-multiplier = Multiplicador para { $children } { $children ->
    [one] hijo
   *[other] hijos
}
ws-ca-low-income-not-applied = Aquí no se aplica el ajuste por ingresos bajos de California (Fam. Code 4055(b)(7)), porque esta calculadora no conoce sus términos actuales. Si quien paga tiene un ingreso bajo, es posible que deba menos.
ws-ca-add-ons-not-included = El cuidado infantil y el seguro médico se suman a la manutención de la guía y se reparten entre los padres (Fam. Code 4061-4062); no están incluidos en este monto.
ws-ca-unused-fields = La guía de California no usa { $fields }, así que no se tuvo en cuenta en este cálculo.

ws-ga-monthly-gross-income = Ingreso bruto mensual
ws-ga-preexisting-orders = Órdenes anteriores
ws-ga-theoretical-order-line = Orden teórica por otros hijos que califican
ws-ga-theoretical-order = Se descuenta una orden teórica por { $parent ->
    [a] sus otros hijos
   *[other] los otros hijos del otro padre o madre
}; el tribunal la permite a su criterio (O.C.G.A. 19-6-15(f)(5)(C)).
ws-ga-adjusted-gross-income = Ingreso bruto ajustado
ws-ga-combined-adjusted-income = Ingreso ajustado combinado
ws-ga-no-income = Ninguno de los padres tiene ingreso ajustado, así que no hay obligación que repartir.
ws-ga-basic-obligation = Obligación básica de manutención ({ $children } { $children ->
    [one] hijo
   *[other] hijos
})
ws-ga-high-income = El ingreso combinado supera { $limit } al mes: se usa el monto más alto de la tabla, y el tribunal puede fijar un monto mayor (O.C.G.A. 19-6-15(i)(2)(A)).
ws-ga-pro-rata-share = Parte proporcional
ws-ga-share-of-basic = Parte de la obligación básica
ws-ga-noncustodial-parent = Padre o madre sin custodia
ws-ga-parenting-time-adjustment = Ajuste por tiempo de crianza
ws-ga-after-parenting-time = Obligación básica después del tiempo de crianza
ws-ga-parenting-time-not-applied = El ajuste por tiempo de crianza necesita las noches de ambos padres; no se aplicó.
ws-ga-add-ons-paid = Seguro médico y cuidado infantil pagados
ws-ga-add-ons-share = Parte proporcional de esos gastos del padre o la madre sin custodia
ws-ga-add-ons-paid-by-ncp = Menos lo que paga el padre o la madre sin custodia
ws-ga-presumptive-amount = Monto presunto de manutención
ws-ga-low-income-line = Ajuste por ingresos bajos: el monto de la tabla
ws-ga-low-income = { $parent ->
    [a] Su ingreso
   *[other] El ingreso del otro padre o madre
} es menor que el tope de la tabla para ingresos bajos para { $children } { $children ->
    [one] hijo
   *[other] hijos
}, así que se aplica el monto menor de la tabla (O.C.G.A. 19-6-15(i.1)).
ws-ga-unused-fields = La guía de Georgia no usa { $fields }, así que no se tuvo en cuenta en este cálculo.

ws-de-pending-allowance = La asignación de autosustento de Delaware (Rule 500, que se ajusta a más tardar el 1 de febrero de cada año; $1,570 para 2025): correspondía una nueva cifra el { $due }, que esta calculadora todavía no tiene; se usa la última cifra conocida.

## Pantalla de pagos

payments-sign-in-prompt = Inicie sesión para ver los pagos de su caso y cuánto se debe todavía.
payments-case-label = Caso
payments-case-option = Caso { $id }: { $role ->
    [custodial] usted recibe manutención
   *[noncustodial] usted paga manutención
}
payments-loading = Cargando sus pagos…
payments-error = No se pudieron mostrar sus pagos. { $reason }
payments-owed-noncustodial = Usted debe
payments-owed-custodial = Se le debe
payments-nothing-owed = No se debe nada
payments-next-noncustodial = Próximo pago
payments-next-custodial = Próximo pago que espera recibir
payments-current-due = Manutención actual pendiente
payments-last-noncustodial = Su último pago
payments-last-custodial = Último pago recibido
payments-last-value = { $amount } el { $date }
payments-no-payments-yet = Ninguno todavía
payments-as-of = Cifras de la agencia al { $date }.

payments-notify-label = Avíseme con una notificación de escritorio cuando llegue un pago
payments-notify-hint = La notificación solo dice que llegó un pago a su caso, nunca la cantidad.
payments-notify-failed = No se pudo guardar su elección sobre las notificaciones. { $reason }
payments-new = { $count ->
    [one] Ha llegado 1 pago nuevo
   *[other] Han llegado { $count } pagos nuevos
}
payments-new-dismiss = Cerrar

payments-audit-heading = Revisión del saldo de la agencia
payments-audit-matches = Nuestro propio cálculo coincide con el saldo de la agencia de { $amount }.
payments-audit-matches-credit = Nuestro propio cálculo coincide con el de la agencia: { $amount } a su favor.
payments-audit-differs = Nuestro propio cálculo da { $ours }; la agencia indica { $agency } (una diferencia de { $difference }, que aparece por primera vez en { $month }).
payments-audit-explain = Una diferencia así puede deberse a intereses o a pagos que la agencia todavía no ha registrado. Nuestro cálculo es una revisión, no un saldo oficial.
payments-audit-ask-office = Puede preguntar a { $office } al { $phone }.
payments-audit-ask = Puede preguntar a su agencia de manutención de menores.
payments-audit-causes = Lo que podría explicarla:
payments-cause-payment_missing = Es posible que la agencia todavía no cuente el pago recibido el { $date }.
payments-cause-payment_counted_twice = Es posible que el pago recibido el { $date } se haya contado dos veces.
payments-cause-installment = Es posible que la manutención que vencía el { $date } se haya contado de otra manera.
payments-cause-interest = La diferencia es exactamente el interés que calculamos: es posible que la agencia cobre intereses de otra manera, o que no los cobre.
payments-audit-not_covered = El saldo de la agencia es de una fecha que nuestro cálculo no abarca, así que todavía no podemos compararlos.
payments-audit-error = No pudimos hacer nuestro propio cálculo para este caso.
payments-audit-no-order = Este caso todavía no tiene una orden de manutención, así que no hay nada que revisar.

payments-history-heading = Historial de pagos
payments-filters = Buscar pagos
payments-from = Recibidos desde
payments-to = Recibidos hasta
payments-source = Origen
payments-source-all = Todos los orígenes
payment-source-wage_withholding = Retención de salario
payment-source-federal_tax_offset = Reembolso de impuestos federales
payment-source-state_tax_offset = Reembolso de impuestos estatales
payment-source-unemployment = Beneficios de desempleo
payment-source-direct = Pago directo
payments-search = Buscar
payments-search-hint = Una cantidad, un número de pago o un origen, como 500 o reembolso.
payments-clear-filters = Borrar los filtros
# $shown y $total ya son números con formato; $count es el total, para el plural.
payments-count = Se muestran { $shown } de { $total } { $count ->
    [one] pago
   *[other] pagos
}
payments-none = Todavía no hay pagos.
payments-none-match = Ningún pago coincide. Pruebe con otras fechas, otro origen u otras palabras.
payments-history-caption = Pagos recibidos, del más reciente al más antiguo
payments-col-received = Fecha de recibo
payments-col-amount = Cantidad
payments-col-source = Origen
payments-col-disbursed = Entregado
payments-col-details = Detalles
payments-not-disbursed = Todavía no
payments-details = Detalles
# Lo leen los lectores de pantalla después de "Detalles".
payments-details-for = del pago de { $amount } recibido el { $date }
payments-dist-current = Manutención actual
payments-dist-arrears = Manutención atrasada
payments-dist-interest = Intereses
payments-dist-fees = Cargos
payments-dist-disbursed = Entregado
payments-dist-id = Número de pago
payments-export = Descargar como hoja de cálculo (CSV)
payments-export-hint = Guarda los pagos que se muestran en un archivo de hoja de cálculo, con cómo se aplicó cada uno.
payments-export-pdf = Descargar un estado de cuenta en PDF
payments-export-pdf-hint = Guarda un estado de cuenta del caso en un archivo PDF: lo que se debe, el saldo mes a mes y cada pago.
# Títulos del cuadro de diálogo del sistema para guardar.
payments-export-csv-title = Guardar el historial de pagos
payments-export-pdf-title = Guardar el estado de cuenta
payments-export-csv-saved = El historial de pagos se guardó en { $path }
payments-export-pdf-saved = El estado de cuenta se guardó en { $path }
payments-export-refused = Esta computadora no permite guardar archivos desde esta aplicación. Puede seguir viendo sus pagos aquí.
payments-export-failed-storage = No se pudo guardar el archivo en esa carpeta. Inténtelo de nuevo y elija otra carpeta, como Documentos.
payments-export-failed = No se pudo guardar el archivo. { $reason }

payments-balances-heading = El saldo a lo largo del tiempo
payments-balances-caption = Mes a mes, según nuestro propio cálculo, del más antiguo al más reciente
payments-col-month = Mes
payments-col-accrued = Manutención que vencía
payments-col-month-received = Recibido
payments-col-arrears-end = Atrasos al final del mes
payments-month-so-far = { $month } (hasta ahora)
payments-show-all-months = Mostrar los { $count } meses
payments-show-recent-months = Mostrar solo los últimos { $count } meses
# El gráfico sobre la tabla de saldos: el título dice con palabras lo que muestran las imágenes.
payments-chart-summary = De { $from } a { $to }, vencieron { $due } de manutención y se recibieron { $received }. El saldo atrasado pasó de { $start } a { $end }. La tabla de abajo tiene las cifras de cada mes.
payments-chart-paid-title = Lo recibido y lo que vencía cada mes
payments-chart-arrears-title = Manutención atrasada al final de cada mes

payoff-heading = Plan para pagar el saldo atrasado
payoff-intro = Vea cuándo se terminaría de pagar el saldo atrasado con una cantidad mensual.
payoff-amount = Cantidad mensual para el saldo atrasado
payoff-amount-hint = En dólares y centavos, como 75.00.
payoff-amount-hint-order = En dólares y centavos, como 75.00. Su orden fija { $amount } al mes, que ya está escrito.
payoff-plan = Calcular
payoff-paid_off = Con { $amount } al mes, el saldo atrasado quedaría pagado en { $month }, después de { $months ->
    [one] 1 pago
   *[other] { $months } pagos
}, con { $interest } de intereses.
payoff-nothing_owed = No hay saldo atrasado que pagar.
payoff-never_pays_off = Con { $amount } al mes, el saldo atrasado nunca quedaría pagado: solo los intereses suman { $interest } al mes.
payoff-beyond_horizon = Con { $amount } al mes, el saldo atrasado todavía no estaría pagado después de { $years } años; quedarían { $left }.
payoff-assumptions = Esto supone que la manutención actual se sigue pagando completa y a tiempo y que la regla de intereses no cambia. Es un cálculo aproximado, no un acuerdo con la agencia.
payoff-error-invalid_amount = Escriba una cantidad mensual en dólares y centavos, mayor que cero, como 75.00
payoff-failed = No se pudo calcular el plan. { $reason }


## El estado de cuenta en PDF de los pagos de un caso. Líneas cortas: el PDF corta lo que no cabe.

statement-title = Estado de cuenta de pagos: caso { $id }
# Una cifra del resumen, como "Se le debe: $1,700.00".
statement-fact = { $term }: { $value }
statement-months-heading = El saldo mes a mes, según nuestro propio cálculo
statement-col-accrued = Manutención debida
statement-col-arrears-end = Atrasos a fin de mes
statement-month-so-far = { $month } (en curso)
statement-col-interest-charged = Intereses cobrados
statement-payments-heading = Pagos recibidos, del más reciente al más antiguo
statement-col-received = Recibido
statement-col-current = Actual
statement-col-arrears = Atrasada
# Orígenes de los pagos en una columna del estado de cuenta, más cortos que en pantalla.
statement-source-wage_withholding = Retención de salario
statement-source-federal_tax_offset = Reembolso federal
statement-source-state_tax_offset = Reembolso estatal
statement-source-unemployment = Desempleo
statement-source-direct = Pago directo
statement-page = Página
