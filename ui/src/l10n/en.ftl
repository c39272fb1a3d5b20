# English. Every message here must also be in es.ftl, with the same variables.

product-name = Child Support Self-Service
# The browser tab / window title of each page.
page-title = { $page } · { product-name }

## Frame

skip-link = Skip to main content
quick-exit = Quick exit
quick-exit-hint = Leaves this app at once and shows a blank notes page. You can also press the Esc key twice.
session-not-signed-in = Not signed in
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
footer-label = About this app
footer-version = Version { $version }
agency-checking = Checking the connection to the agency…
agency-connected = Connected to { $agency }
agency-unreachable = Can't reach the agency right now. What you see may be out of date.

## Errors, by the code the backend sends

error-invalid_input = Something you entered isn't right. Please check it and try again.
error-agency_unreachable = Can't reach the agency right now. Please try again later.
error-agency_error = The agency couldn't finish your request. Please try again later.
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

## The five jobs

not-ready-heading = Not available yet
not-ready-text = This part of the app is still being built. It isn't available in this version.
estimate-title = Estimate child support
estimate-intro = Here you will be able to get an estimate of child support from both parents' incomes and the time the children spend with each parent, using your state's guidelines. An estimate is not a court order.
apply-title = Apply for child support services
apply-intro = Here you will be able to apply to your state's child support agency for help: finding the other parent, establishing paternity, setting up a support order and collecting payments.
payments-title = Your payments
payments-intro = Here you will be able to see each payment on your case, how it was applied, and how much is still owed.
documents-title = Your documents
documents-intro = Here you will be able to send the documents the agency asks for, like pay stubs or proof of child care costs, and see whether the agency received them.
modify-title = Ask to change a support order
modify-intro = Here you will be able to ask the agency to review your support order when your situation changes, for example if your income goes up or down a lot.

## The neutral screen shown after Quick exit. It must not mention child support.

neutral-title = Notes
neutral-empty = No notes yet.
