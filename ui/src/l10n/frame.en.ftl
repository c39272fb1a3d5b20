# English: the frame and the home page, which the first screen needs, and
# every message that names the product. The page loads only this file and
# kiosk.en.ftl at start: anything outside the job screens says only what is
# here or there. The job screens' messages are in en.ftl and in a file per
# screen, loaded with the first of them. Every message here must also be in
# frame.es.ftl, with the same variables.

product-name = Child Support Self-Service
# The browser tab / window title of each page.
page-title = { $page } · { product-name }

## Frame

skip-link = Skip to main content
quick-exit = Quick exit
quick-exit-hint = Leaves this app at once and shows a blank notes page. You can also press the Esc key twice.
session-not-signed-in = Not signed in
session-signing-in = Finish signing in on your agency's page
session-signed-in = Signed in as { $given } { $family }
sign-in = Sign in
cancel-sign-in = Cancel
sign-out = Sign out
sign-in-failed = We couldn't sign you in. { $reason }
sign-in-cancelled = Sign-in was cancelled. You can sign in again whenever you're ready.
sign-out-failed = We couldn't sign you out. { $reason }
# The button shows the other language's name, written in that language.
language-toggle = Español
language-save-failed = We couldn't save your language choice for next time. { $reason }
nav-label = Main
nav-menu = Menu
nav-close = Close menu
nav-home = Home
nav-estimate = Estimate
nav-apply = Apply
nav-payments = Payments
nav-documents = Documents
nav-modify = Modify
nav-appointments = Appointments
nav-pay = How to pay
nav-contact = Your details
nav-messages = Messages
nav-messages-unread = { $count ->
    [one] , 1 unread
   *[other] , { $count } unread
}
footer-label = About this app
footer-version = Version { $version }
agency-checking = Checking the connection to the agency…
agency-connected = Connected to { $agency }
agency-unreachable = Can't reach the agency right now. What you see may be out of date.

## Errors, by the code the backend sends

error-invalid_input = Something you entered isn't right. Please check it and try again.
error-agency_unreachable = Can't reach the agency right now. Please try again later.
error-agency_error = The agency couldn't finish your request. Please try again later.
error-not_signed_in = Please sign in first.
error-sign_in_cancelled = Sign-in was cancelled.
error-store_damaged = The information this app saved on this computer can't be read.
error-storage = The app couldn't save or read information on this computer.
error-internal = Something went wrong in the app. Please try again.

## Home

home-title = Your child support, in one place
home-intro = Use this app to work with your state's child support agency. Choose what you want to do.
home-jobs-label = What you can do
home-estimate-title = Estimate support
home-estimate-text = See about how much child support might be, using your state's guidelines.
home-estimate-link = Go to Estimate
home-apply-title = Apply for services
home-apply-text = Ask the agency to help set up, collect or enforce child support.
home-apply-link = Go to Apply
home-payments-title = See payments
home-payments-text = Check the payments on your case and what is still owed.
home-payments-link = Go to Payments
home-documents-title = Send documents
home-documents-text = Send the agency the papers it asks for and see if they arrived.
home-documents-link = Go to Documents
home-modify-title = Change an order
home-modify-text = Ask for a review of your support order when your situation changes.
home-modify-link = Go to Modify

## Home: the parent's cases, how fresh they are, and what they submitted

home-sign-in-prompt = Sign in to see your case, payments and submissions.
home-signing-in = Finish signing in on your agency's page, then come back here.
session-not-remembered = You'll be signed out when you close this app.
cases-heading = Your cases
cases-none = No cases yet
case-title = Case { $id }
case-role-custodial = You receive support
case-role-noncustodial = You pay support
case-order = Support order
case-order-amount = { $amount } { $frequency ->
    [weekly] a week
    [biweekly] every two weeks
    [semimonthly] twice a month
   *[monthly] a month
}
case-no-order = No order yet
case-arrears = Past-due support (arrears)
case-credit = { $amount } in credit
case-next-due = Next payment due
case-next-due-value = { $amount } on { $date }
case-nothing-due = Nothing due
case-office = Office
# $time is only a time of day when it is today, else a date and a time.
sync-idle = Up to date as of { $time }
sync-never = Not updated from the agency yet
sync-syncing = Updating…
sync-syncing-steps = Updating… ({ $step } of { $total })
sync-offline = You're offline. Showing what the app saved as of { $time }.
sync-offline-nothing = You're offline. The app has nothing saved yet.
# $reason is a whole sentence, with its full stop.
sync-failed = Couldn't update: { $reason } Showing what the app saved as of { $time }.
sync-failed-nothing = Couldn't update: { $reason } The app has nothing saved yet.
sync-now = Try again
store-damaged-heading = The app's saved copy can't be read
store-damaged-text = The copy of your case information that this app saved on this computer is damaged or can't be opened. You can set it aside and get a fresh copy from the agency.
reset-store = Start fresh from the agency
account-error = Something didn't work. { $reason }
outbox-heading = Your submissions
outbox-kind-modification_request = Modification request
outbox-kind-application = Application
outbox-kind-document_attachment = Document
outbox-kind-contact_update = Update of your details
outbox-kind-message_thread = Message
outbox-kind-message_reply = Reply
outbox-case = Case { $id }
outbox-submitted = Submitted { $time }
outbox-queued = Waiting to send
outbox-retry-at = Will try again at { $time }
outbox-last-error = Last try: { $reason }
outbox-sending = Sending…
outbox-paused = Paused. Nothing more is sent until you resume it.
outbox-delivered = Received by the agency — reference { $receipt }
outbox-failed = Not accepted: { $reason }
outbox-retry = Try again

## The five jobs

estimate-title = Estimate child support
estimate-intro = Enter both parents' incomes and the time the children spend with each parent to see about how much child support might be under your state's guideline. An estimate is not a court order.
apply-title = Apply for child support services
apply-intro = Apply to your state's child support agency for help: finding the other parent, establishing paternity, setting up a support order and collecting payments.
payments-title = Your payments
payments-intro = See each payment on your case, how the agency applied it, and how much is still owed.
documents-title = Your documents
documents-intro = Send the agency the documents it asks for, like pay stubs or proof of child care costs, and see whether it received and accepted them.
modify-title = Ask to change a support order
modify-intro = Ask the agency to review your support order when your situation changes, for example if your income goes up or down a lot.

## The PDF statement's lines that name the product (the rest are in en.ftl)

statement-made = Made on { $date } with { product-name }.
statement-footer = { product-name }. Our own calculation is a check, not an official balance.

## The neutral screen shown after Quick exit. It must not mention child support.

neutral-title = Notes
neutral-empty = No notes yet.
