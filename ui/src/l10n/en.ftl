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
estimate-intro = Enter both parents' incomes and the time the children spend with each parent to see about how much child support might be under your state's guideline. An estimate is not a court order.
apply-title = Apply for child support services
apply-intro = Here you will be able to apply to your state's child support agency for help: finding the other parent, establishing paternity, setting up a support order and collecting payments.
payments-title = Your payments
payments-intro = Here you will be able to see each payment on your case, how it was applied, and how much is still owed.
documents-title = Your documents
documents-intro = Here you will be able to send the documents the agency asks for, like pay stubs or proof of child care costs, and see whether the agency received them.
modify-title = Ask to change a support order
modify-intro = Here you will be able to ask the agency to review your support order when your situation changes, for example if your income goes up or down a lot.

## The Estimate screen

estimate-state-label = State
estimate-state-hint = The state whose guideline to use. The app remembers your choice for next time.
estimate-state-choose = - Select a state -
state-US-CA = California
state-US-DE = Delaware
state-US-GA = Georgia
state-US-NY = New York
state-US-TX = Texas
state-US-WI = Wisconsin
estimate-incomplete-heading = This state can't be estimated yet
estimate-incomplete-text = The app doesn't know all of { $state }'s rules yet, so it can't estimate support there.
estimate-children-label = Number of children
estimate-children-hint = The children this support is for.
estimate-custodial-legend = Where do the children live most of the time?
estimate-custodial-a = With me
estimate-custodial-b = With the other parent
estimate-period-label = Enter amounts
estimate-period-hint = This applies to every dollar amount on this page.
estimate-period-month = By the month
estimate-period-year = By the year
estimate-parent-a = You
estimate-parent-b = The other parent
estimate-income-gross = Gross income (before taxes)
estimate-income-gross-hint = Each parent's income from all sources before taxes, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-income-net_resources = Net resources (income after taxes, union dues and the children's health insurance)
estimate-income-net_resources-hint = Each parent's income from all sources, minus taxes, union dues and the health insurance paid for the children, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-income-net_disposable = Net disposable income (after taxes and required deductions)
estimate-income-net_disposable-hint = Each parent's income from all sources, minus taxes and deductions the law requires, like mandatory retirement, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-overnights-legend = Parenting time
estimate-overnights-hint = Nights a year the children spend with each parent, from 0 to 366. A whole year is 365 nights. Leave empty if you don't know.
estimate-overnights-a = Nights a year the children spend with you
estimate-overnights-b = Nights a year the children spend with the other parent
estimate-details-title = More details (optional)
estimate-field-health_insurance = Health insurance for these children
estimate-field-health_insurance-hint = What each parent pays for the children's health insurance, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-field-child_care = Child care
estimate-field-child_care-hint = What each parent pays for these children's care while the parent works or looks for work, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-field-other_children = Other children each parent supports
estimate-field-other_children-hint = Children who are not part of this case that the parent supports, like children living with them. Enter a number.
estimate-field-other_support_paid = Child support paid for other children
estimate-field-other_support_paid-hint = What each parent pays under other support orders, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-field-maintenance_paid = Alimony paid
estimate-field-maintenance_paid-hint = Spousal support (maintenance) each parent pays, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-field-fica_paid = Social Security and Medicare taxes
estimate-field-fica_paid-hint = FICA taxes taken from each parent's pay, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-field-local_tax_paid = City income tax
estimate-field-local_tax_paid-hint = New York City or Yonkers income tax each parent pays, { $period ->
    [year] by the year.
   *[month] by the month.
}
estimate-date-label = Date the estimate is for
estimate-date-hint = The state's rules in force on this date are used. Today's date is filled in.
estimate-result-heading = Your estimate
estimate-waiting = Enter the state, the number of children, where they live most of the time and both parents' incomes to see an estimate.
estimate-summary-a-pays = You would pay the other parent { $amount } { $per ->
    [week] a week
    [year] a year
   *[month] a month
}.
estimate-summary-b-pays = The other parent would pay you { $amount } { $per ->
    [week] a week
    [year] a year
   *[month] a month
}.
estimate-summary-none = Under this guideline neither parent would pay support.
estimate-rules = Computed under { $citation }, in force from { $effective }.
estimate-notes-heading = Good to know
estimate-english-only = The detailed worksheet and notes are shown in English for now.
estimate-worksheet-title = How this was computed (worksheet)
estimate-worksheet-caption = The worksheet under { $citation }, line by line
estimate-col-line = Line
estimate-col-value = Total or value
estimate-col-rule = Rule
estimate-print = Print or save as PDF
estimate-printed-on = Printed { $date }. An estimate is not a court order.
estimate-facts-heading = What the estimate is based on
estimate-facts-custodial = Where the children live most of the time
estimate-facts-period = Amounts
estimate-fix-field = To see an estimate, correct what is marked in the form: { $problem }
estimate-error-heading = The estimate can't be computed
estimate-load-failed = The list of states couldn't be loaded. { $reason }

## Estimate errors, by the calculator's reason code

estimate-error-invalid_json = The app couldn't read the information for this estimate. Please try again
estimate-error-unknown_field = The app sent information the calculator doesn't know. Please try again
estimate-error-missing_field = Fill in this information
estimate-error-wrong_type = Enter a number
estimate-error-not_a_number = Enter an amount in dollars and cents, like 1250.00
estimate-error-negative_amount = The amount can't be less than zero
estimate-error-too_large = This amount is too large
estimate-error-income_both = Enter the income by the month or by the year, not both
estimate-error-income_missing = Enter this parent's income
estimate-error-invalid_overnights = Enter a number of nights from 0 to 366
estimate-error-overnights_over_366 = The nights for both parents together can't be more than 366
estimate-error-no_children = Enter at least 1 child
estimate-error-invalid_custodial = Choose where the children live most of the time
estimate-error-custodial_needed = This state needs to know where the children live most of the time
estimate-error-invalid_date = Enter a real date
estimate-error-unknown_jurisdiction = Choose a state from the list
estimate-error-date_before_rules = The app doesn't know this state's rules for a date this early
estimate-error-invalid_placement = The nights entered for the children don't fit this case
estimate-error-rules_incomplete = The app doesn't know all of this state's rules that this case needs yet, so it can't estimate it
estimate-error-rules_data = The app couldn't read its copy of this state's rules. Please report this problem
estimate-error-not_a_whole_number = Enter a whole number, like 2

## The neutral screen shown after Quick exit. It must not mention child support.

neutral-title = Notes
neutral-empty = No notes yet.
