## Messages of talking to the agency (en): how to pay.

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

## Reporting a change of address, phone, email or employer.

contact-title = Update your details
contact-intro = Tell the agency when your address, phone, email or job changes. You must report these changes. Fill in only what changed.
contact-sign-in-prompt = Sign in to tell the agency about a new address, phone, email or employer.
contact-visible = On case { $case }, the other parent can see your new address, phone and employer. The agency can too.
contact-hidden-safety = On case { $case }, the other parent can NOT see your new address, phone or employer, because of the safety protection on your case. Only the agency can.
contact-hidden = On case { $case }, the other parent can NOT see your new address, phone or employer. Only the agency can.
contact-email-private = The other parent never sees your email address.
contact-employer-address-private = Your employer's address is for the agency only, to send an income withholding order. The other parent never sees it.
contact-form-hint = Leave blank anything that has not changed.
contact-address-legend = New address
contact-reach-legend = New phone or email
contact-phone = Phone number
contact-phone-hint = With the area code, like 608-555-0100
contact-email = Email address
contact-employer-legend = New employer
contact-employer-name = Employer's name
contact-employer-start = First day of work
contact-employer-start-hint = For example: 11/30/2026
contact-employer-phone = Employer's phone number (optional)
contact-employer-address-legend = Employer's address (optional)
contact-employer-address-hint = Where the agency can send an income withholding order. Leave it blank if you don't know it.
contact-submit = Send the update
contact-sent = Your update is saved and will be sent to the agency. The agency will confirm it.
contact-pending = { $count ->
    [one] One update is waiting to be sent.
   *[other] { $count } updates are waiting to be sent.
}
contact-error-summary = { $count ->
    [one] One answer needs another look
   *[other] { $count } answers need another look
}
contact-error-required = Fill in this answer
contact-error-form-required = Fill in at least one change: an address, a phone, an email or an employer
contact-error-invalid_date = Enter a real date as month, day and year, like 11/30/2026
contact-error-future_date = Report a new job once it starts within the next 90 days
contact-error-too_long_ago = Enter the year with 4 digits, 1950 or later
contact-error-invalid_state = Choose a state from the list
contact-error-invalid_zip = A ZIP code has 5 digits, like 53703, or 9, like 53703-1234
contact-error-invalid_email = Enter an email address like name@example.com
contact-error-invalid_phone = Enter a phone number with the area code, like 608-555-0100
contact-error-too_long = This is too long. Please shorten it
contact-error-incomplete_address = Enter the whole address (street, city, state and ZIP code), or leave all of it blank
contact-error-invalid_ssn = Check this answer
contact-error-no_children = Check this answer
contact-error-too_many = Check this answer
contact-error-no_services = Check this answer
contact-error-signature_mismatch = Check this answer
contact-error-consent_required = Check this answer
contact-error-employer-name-required = Enter your employer's name
contact-error-employer-start_date-required = Enter the first day of work
contact-error-employer-address-incomplete_address = Enter the employer's whole address (street, city, state and ZIP code), or leave all of it blank
contact-updates-heading = Updates you sent
contact-update-line = Update { $id }: { $what }
contact-what-address = address
contact-what-phone = phone
contact-what-email = email
contact-what-employer = employer
contact-update-sent = Sent { $time }
contact-update-note = The agency says: { $note }
contact-status-received = Received
contact-status-confirmed = Confirmed
contact-status-rejected = Not accepted
