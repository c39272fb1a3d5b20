## Messages of talking to the agency (en): how to pay.

nav-pay = How to pay
pay-title = How to pay
pay-intro = The ways the agency takes child support payments, with the case number to give and the amount due next.
pay-sign-in-prompt = Sign in to see how to pay on your case and the amount due next.
pay-loading = Loading your cases…
pay-case-label = Case
pay-case-option = Case { $id }: { $role ->
    [custodial] you receive support
   *[noncustodial] you pay support
}
pay-case-heading = How to pay on case { $id }
pay-not-yet = How to pay on this case has not been downloaded yet. It will show after the next update.
pay-case-number = Case number to give
pay-next-due = Amount due next
pay-next-due-value = { $amount } by { $date }
pay-next-due-none = Nothing is due under the order right now.
pay-arrears = Past-due support
pay-quote-hint = Give this case number with every payment, so it is counted on your case.
pay-you-receive = You receive support on this case. These are the ways the other parent can pay.
pay-options-heading = Ways to pay
pay-no-options = The agency has not listed any ways to pay yet. Call your local office.
pay-online-heading = Online
pay-online-text = Pay by card or bank account on { $name }.
pay-online-address = Website address:
pay-online-open = Open the payment site in your browser
pay-online-open-hint = It opens in your web browser, outside this app.
pay-online-opened = The payment site was opened in your web browser.
pay-online-unsafe = The agency's payment site address can't be opened safely. Call your local office.
pay-online-kiosk = This computer can't open websites. On your own phone or computer, go to { $url }
pay-mail-heading = By mail
pay-mail-payable = Make your check or money order payable to { $payee } and mail it to:
pay-mail-quote = Write your case number, { $case }, on the check or money order. Do not send cash by mail.
pay-text-heading = By text message
pay-text-number = Text { $number } from your phone.
pay-cash-heading = In cash
pay-cash-text = Pay in cash at these places. Give your case number, { $case }, and keep your receipt.
pay-cash-hours = Open: { $hours }
pay-cash-fee = The place charges { $fee } per payment.
pay-cash-no-fee = No fee.
