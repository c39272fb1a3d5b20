## Modo quiosco (es): la pantalla de bienvenida, la visita, su fin y los recibos.

# El título de la ventana en la pantalla de bienvenida.
kiosk-welcome-page-title = Bienvenido · { $office }
kiosk-welcome-title = Bienvenido
kiosk-welcome-intro = Aquí puede consultar sus pagos, solicitar servicios, enviar documentos y pedir una revisión de su orden.
kiosk-welcome-privacy = Esta es una computadora compartida. Cuando termine, presione “Terminar mi visita”: cierra su sesión y borra todo lo que hizo aquí.
kiosk-language-label = Idioma
# El nombre de cada idioma en ese idioma, igual en todos los archivos.
kiosk-language-en = English
kiosk-language-es = Español
kiosk-start = Comenzar

kiosk-end-visit = Terminar mi visita
kiosk-end-visit-hint = Cierra su sesión y borra todo lo que hizo en esta computadora. También puede presionar la tecla Esc dos veces.
kiosk-session-not-remembered = Su sesión se cerrará cuando termine su visita.

kiosk-idle-heading = ¿Sigue ahí?
kiosk-idle-text = Su visita terminará pronto y se borrará todo lo que hizo en esta computadora. Toque la pantalla o presione cualquier tecla para seguir.
kiosk-idle-countdown = { $seconds ->
    [one] Queda 1 segundo
   *[other] Quedan { $seconds } segundos
}
# Los lectores de pantalla lo dicen una vez, cuando se abre el aviso.
kiosk-idle-announce = ¿Sigue ahí? Su visita terminará en { $seconds } segundos. Toque la pantalla o presione cualquier tecla para seguir.
kiosk-idle-stay = Sigo aquí

kiosk-ending-title = Terminando su visita…
kiosk-ending-text = Primero se entrega a la agencia lo que usted envió. Esto puede tardar hasta un minuto. Espere, por favor.

kiosk-unsent-title = Su visita ha terminado
kiosk-unsent-text = { $count ->
    [one] 1 cosa que usted presentó no se pudo enviar a la agencia, y no se guardó en esta computadora.
   *[other] { $count } cosas que usted presentó no se pudieron enviar a la agencia, y no se guardaron en esta computadora.
}
kiosk-unsent-help = Pida ayuda al personal de la oficina, o envíelo de nuevo en su próxima visita.
kiosk-unsent-ok = Aceptar

kiosk-end-failed-title = Esta computadora no pudo terminar su visita
kiosk-end-failed-text = Avise al personal de la oficina. Lo intentará de nuevo por sí sola en un momento.
kiosk-end-retry = Intentar de nuevo

kiosk-no-export = En esta computadora de la oficina no se puede guardar el historial de pagos en un archivo.

kiosk-print-receipt = Imprimir un recibo
kiosk-print-receipt-hint = El recibo muestra el número de confirmación, la fecha, esta oficina y su nombre de pila.
kiosk-receipt-printing = Imprimiendo su recibo…
kiosk-receipt-printed = Su recibo se imprimió. Por favor, tómelo de la impresora.
kiosk-receipt-failed = No se pudo imprimir el recibo. Por favor, pida ayuda al personal de la oficina.
kiosk-receipt-title = Recibo
kiosk-receipt-what = Presentado
kiosk-receipt-apply = Solicitud de servicios de manutención de menores
kiosk-receipt-modify = Solicitud de revisión de una orden de manutención
kiosk-receipt-number = Número de confirmación
kiosk-receipt-date = Fecha
kiosk-receipt-office = Oficina
kiosk-receipt-name = Nombre
kiosk-receipt-keep = Guarde este recibo. Dé el número de confirmación cuando se comunique con la agencia.
