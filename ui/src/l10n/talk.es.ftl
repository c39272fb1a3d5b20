## Mensajes para hablar con la agencia (es): cómo pagar.

pay-title = Cómo pagar
pay-intro = Las formas en que la agencia recibe los pagos de manutención, con el número de caso que debe dar y el monto que vence próximamente.
pay-sign-in-prompt = Inicie sesión para ver cómo pagar en su caso y el monto que vence próximamente.
pay-loading = Cargando sus casos…
pay-case-label = Caso
pay-case-option = Caso { $id }: { $role ->
    [custodial] usted recibe manutención
   *[noncustodial] usted paga manutención
}
pay-case-heading = Cómo pagar en el caso { $id }
pay-not-yet = Todavía no se ha descargado cómo pagar en este caso. Aparecerá después de la próxima actualización.
pay-case-number = Número de caso que debe dar
pay-next-due = Próximo monto a pagar
pay-next-due-value = { $amount } a más tardar el { $date }
pay-next-due-none = Por ahora no se debe nada según la orden.
pay-arrears = Manutención atrasada
pay-quote-hint = Dé este número de caso con cada pago, para que se acredite a su caso.
pay-you-receive = Usted recibe manutención en este caso. Estas son las formas en que el otro padre puede pagar.
pay-options-heading = Formas de pagar
pay-no-options = La agencia todavía no ha publicado formas de pagar. Llame a su oficina local.
pay-online-heading = En línea
pay-online-text = Pague con tarjeta o cuenta bancaria en { $name }.
pay-online-address = Dirección del sitio web:
pay-online-open = Abrir el sitio de pagos en su navegador
pay-online-open-hint = Se abre en su navegador web, fuera de esta aplicación.
pay-online-opened = El sitio de pagos se abrió en su navegador web.
pay-online-unsafe = La dirección del sitio de pagos de la agencia no se puede abrir de forma segura. Llame a su oficina local.
pay-online-kiosk = Esta computadora no puede abrir sitios web. En su propio teléfono o computadora, vaya a { $url }
pay-mail-heading = Por correo
pay-mail-payable = Haga su cheque o giro postal a nombre de { $payee } y envíelo a:
pay-mail-quote = Escriba su número de caso, { $case }, en el cheque o giro postal. No envíe efectivo por correo.
pay-text-heading = Por mensaje de texto
pay-text-number = Envíe un mensaje de texto al { $number } desde su teléfono.
pay-cash-heading = En efectivo
pay-cash-text = Pague en efectivo en estos lugares. Dé su número de caso, { $case }, y guarde su recibo.
pay-cash-hours = Horario: { $hours }
pay-cash-fee = El lugar cobra { $fee } por pago.
pay-cash-no-fee = Sin cargo.

## Informar un cambio de dirección, teléfono, correo electrónico o empleador.

contact-title = Actualice sus datos
contact-intro = Avise a la agencia cuando cambie su dirección, teléfono, correo electrónico o trabajo. Debe informar estos cambios. Llene solo lo que cambió.
contact-sign-in-prompt = Inicie sesión para avisar a la agencia de una nueva dirección, teléfono, correo electrónico o empleador.
contact-visible = En el caso { $case }, el otro padre puede ver su nueva dirección, teléfono y empleador. La agencia también.
contact-hidden-safety = En el caso { $case }, el otro padre NO puede ver su nueva dirección, teléfono ni empleador, por la protección de seguridad de su caso. Solo la agencia puede verlos.
contact-hidden = En el caso { $case }, el otro padre NO puede ver su nueva dirección, teléfono ni empleador. Solo la agencia puede verlos.
contact-email-private = El otro padre nunca ve su correo electrónico.
contact-employer-address-private = La dirección de su empleador es solo para la agencia, para enviar una orden de retención de ingresos. El otro padre nunca la ve.
contact-form-hint = Deje en blanco lo que no ha cambiado.
contact-address-legend = Nueva dirección
contact-reach-legend = Nuevo teléfono o correo electrónico
contact-phone = Número de teléfono
contact-phone-hint = Con el código de área, como 608-555-0100
contact-email = Correo electrónico
contact-employer-legend = Nuevo empleador
contact-employer-name = Nombre del empleador
contact-employer-start = Primer día de trabajo
contact-employer-start-hint = Por ejemplo: 11/30/2026
contact-employer-phone = Teléfono del empleador (opcional)
contact-employer-address-legend = Dirección del empleador (opcional)
contact-employer-address-hint = La dirección a la que la agencia puede enviar una orden de retención de ingresos. Déjela en blanco si no la sabe.
contact-submit = Enviar la actualización
contact-sent = Su actualización está guardada y se enviará a la agencia. La agencia la confirmará.
contact-pending = { $count ->
    [one] Una actualización espera ser enviada.
   *[other] { $count } actualizaciones esperan ser enviadas.
}
contact-error-summary = { $count ->
    [one] Una respuesta necesita revisión
   *[other] { $count } respuestas necesitan revisión
}
contact-error-required = Complete esta respuesta
contact-error-form-required = Llene al menos un cambio: una dirección, un teléfono, un correo electrónico o un empleador
contact-error-invalid_date = Escriba una fecha real como mes, día y año, como 11/30/2026
contact-error-future_date = Informe un trabajo nuevo cuando empiece dentro de los próximos 90 días
contact-error-too_long_ago = Escriba el año con 4 dígitos, 1950 o después
contact-error-invalid_state = Elija un estado de la lista
contact-error-invalid_zip = Un código postal tiene 5 dígitos, como 53703, o 9, como 53703-1234
contact-error-invalid_email = Escriba un correo electrónico como nombre@ejemplo.com
contact-error-invalid_phone = Escriba un número de teléfono con el código de área, como 608-555-0100
contact-error-too_long = Es demasiado largo. Acórtelo, por favor
contact-error-incomplete_address = Escriba la dirección completa (calle, ciudad, estado y código postal) o déjela toda en blanco
contact-error-invalid_ssn = Revise esta respuesta
contact-error-no_children = Revise esta respuesta
contact-error-too_many = Revise esta respuesta
contact-error-no_services = Revise esta respuesta
contact-error-signature_mismatch = Revise esta respuesta
contact-error-consent_required = Revise esta respuesta
contact-error-employer-name-required = Escriba el nombre de su empleador
contact-error-employer-start_date-required = Escriba el primer día de trabajo
contact-error-employer-address-incomplete_address = Escriba la dirección completa del empleador (calle, ciudad, estado y código postal), o déjela toda en blanco
contact-updates-heading = Actualizaciones que envió
contact-update-line = Actualización { $id }: { $what }
contact-what-address = dirección
contact-what-phone = teléfono
contact-what-email = correo electrónico
contact-what-employer = empleador
contact-update-sent = Enviada { $time }
contact-update-note = La agencia dice: { $note }
contact-status-received = Recibida
contact-status-confirmed = Confirmada
contact-status-rejected = No aceptada
