## Mensajes para hablar con la agencia (es): cómo pagar.

nav-pay = Cómo pagar
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
