## Kiosk mode (en): the welcome screen, the visit, its end, and receipts.

# The window title of the welcome screen.
kiosk-welcome-page-title = Welcome · { $office }
kiosk-welcome-title = Welcome
kiosk-welcome-intro = Here you can check your payments, apply for services, send documents, and ask for a review of your order.
kiosk-welcome-privacy = This is a shared computer. When you're done, press “End my visit”: it signs you out and clears everything you did here.
kiosk-language-label = Language
# Each language's name in that language, the same in every file.
kiosk-language-en = English
kiosk-language-es = Español
kiosk-start = Start

kiosk-end-visit = End my visit
kiosk-end-visit-hint = Signs you out and clears everything you did on this computer. You can also press the Esc key twice.
kiosk-session-not-remembered = You'll be signed out when your visit ends.

kiosk-idle-heading = Are you still there?
kiosk-idle-text = Your visit will end soon, and everything you did on this computer will be cleared. Touch the screen or press any key to stay.
kiosk-idle-countdown = { $seconds ->
    [one] 1 second left
   *[other] { $seconds } seconds left
}
# Said once by screen readers when the warning opens.
kiosk-idle-announce = Are you still there? Your visit will end in { $seconds } seconds. Touch the screen or press any key to stay.
kiosk-idle-stay = I'm still here

kiosk-ending-title = Ending your visit…
kiosk-ending-text = Anything you sent is being delivered to the agency first. This can take up to a minute. Please wait.

kiosk-unsent-title = Your visit has ended
kiosk-unsent-text = { $count ->
    [one] 1 thing you submitted could not be sent to the agency, and it was not kept on this computer.
   *[other] { $count } things you submitted could not be sent to the agency, and they were not kept on this computer.
}
kiosk-unsent-help = Please ask the office staff for help, or send it again on your next visit.
kiosk-unsent-ok = OK

kiosk-end-failed-title = This computer could not finish ending your visit
kiosk-end-failed-text = Please tell the office staff. It will try again by itself in a moment.
kiosk-end-retry = Try again

kiosk-no-export = On this office computer, the payment history can't be saved to a file.

kiosk-print-receipt = Print a receipt
kiosk-print-receipt-hint = The receipt shows the confirmation number, the date, this office and your first name.
kiosk-receipt-printing = Printing your receipt…
kiosk-receipt-printed = Your receipt was printed. Please take it from the printer.
kiosk-receipt-failed = The receipt could not be printed. Please ask the office's staff for help.
kiosk-receipt-title = Receipt
kiosk-receipt-what = Submitted
kiosk-receipt-apply = Application for child support services
kiosk-receipt-modify = Request to review a support order
kiosk-receipt-number = Confirmation number
kiosk-receipt-date = Date
kiosk-receipt-office = Office
kiosk-receipt-name = Name
kiosk-receipt-keep = Keep this receipt. Give the confirmation number when you contact the agency.
