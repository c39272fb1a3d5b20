# English. Every message here must also be in es.ftl, with the same variables.

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

## The calculator's worksheet lines and notes: one message per key in
## crates/guidelines/src/messages.rs (MESSAGE_KEYS), as ws-<key>. worksheetKeys.ts lists
## them and their variables; a test checks every one is here. Money is formatted by the app.

ws-common-monthly-child-support = Monthly child support
ws-common-percentage-for-children = Percentage for { $children } { $children ->
    [one] child
   *[other] children
}

ws-tx-monthly-net-resources = Monthly net resources
ws-tx-obligor = Obligor (the parent who pays)
ws-tx-net-resources-cap = Net resources cap
ws-tx-net-resources-used = Net resources the percentage applies to
ws-tx-above-cap = The obligor's net resources are above the Texas cap of { $cap } a month; the guideline amount is on resources up to the cap, and the court may order more if the children's proven needs require it (Tex. Fam. Code 154.126).
ws-tx-low-income = The obligor's net resources are under { $limit } a month, so the low-income percentages of Tex. Fam. Code 154.125(c) apply.
ws-tx-guideline-percentage = Guideline percentage for { $children } { $children ->
    [one] child
   *[other] children
}
ws-tx-more-than-five-children = For more than five children the percentage is not less than the five-child percentage (Tex. Fam. Code 154.125(b)); the floor is used here.
ws-tx-other-children = Other children the obligor supports
ws-tx-multi-family-percentage = Multi-family percentage ({ $children } before the court, { $others } other)
ws-tx-percentage-all-children = Percentage for all { $children } children
ws-tx-support-all-children = Support for all the children
ws-tx-credit-other-children = Credit for the other children
ws-tx-adjusted-net-resources = Adjusted net resources
ws-tx-low-income-multi-family = The low-income multi-family table of 154.129(b) is not known here, so the computation of 154.128 is used with the low-income percentages.
ws-tx-unused-fields = Texas's guideline does not use { $fields }, so it was left out of this estimate.
ws-tx-pending-cap = The Texas net resources cap (Tex. Fam. Code 154.125(a-1), $11,700 a month from 2025-09-01): a new figure was due on { $due }, which this calculator does not have yet; the latest known figure is used.

ws-wi-monthly-income = Monthly income
ws-wi-percentage-standard-obligation = Percentage standard obligation
ws-wi-overnights = Overnights a year
ws-wi-placement-share = Placement share
ws-wi-percentage-standard-amount = Percentage standard amount
ws-wi-times-150 = Times 150%
ws-wi-times-other-share = Times the other parent's placement share
ws-wi-offset = Offset: the larger less the smaller
ws-wi-capped = Capped at the payer's standard amount
ws-wi-shared-capped = The shared-placement amount was higher than the payer's ordinary percentage standard amount, so the ordinary amount is used.
ws-wi-high-income = { $parent ->
    [a] Your income
   *[other] The other parent's income
} is above { $limit } a month, so the lower high-income percentages of DCF 150.04(5) are applied to the income above it; the court may instead apply the full percentage ({ $full } a month for this parent before any shared-placement steps).
ws-wi-low-income = The payer's income is under 150% of the { $year } federal poverty guideline ({ $limit } a month), where the court may use the lower amounts of DCF 150 Appendix C. The current Appendix C is not known here, so this estimate uses the standard percentage and may be higher than the order (DCF 150.04(4)).
ws-wi-split-per-child-percentage = Per-child percentage
ws-wi-split-children-placed = Children placed mainly with this parent
ws-wi-split-owed = Owed for children placed with the other parent
ws-wi-split-shared-placement-share = { $children } shared-placement { $children ->
    [one] child
   *[other] children
}: placement share
ws-wi-split-shared-per-child-amount = { $children } shared-placement { $children ->
    [one] child
   *[other] children
}: per-child percentage amount
ws-wi-split-shared-times-150 = { $children } shared-placement { $children ->
    [one] child
   *[other] children
}: times 150%
ws-wi-split-shared-times-other-share = { $children } shared-placement { $children ->
    [one] child
   *[other] children
}: times the other parent's share
ws-wi-split-total-owed = Total each parent owes
ws-wi-split-more-than-five-children = DCF 150.04(3) lists per-child percentages up to five children; for { $children } the 34% is divided by { $children } and rounded to a hundredth of a percent.
ws-wi-split-high-income = The high-income percentages of DCF 150.04(5) are not applied in split placement here; the court may apply them.
ws-wi-unused-fields = Wisconsin's guideline does not use { $fields }, so it was left out of this estimate.

ws-ny-gross-income = Gross income (yearly)
ws-ny-fica-paid = FICA taxes paid
ws-ny-local-tax-paid = New York City or Yonkers income tax paid
ws-ny-maintenance-paid = Maintenance paid
ws-ny-other-support-paid = Child support paid for other children
ws-ny-cssa-income = CSSA income
ws-ny-no-fica = No FICA taxes were given for { $parent ->
    [a] you
   *[other] the other parent
}, so none were deducted; FICA actually paid comes off income (FCA 413(1)(b)(5)(vii)(H)).
ws-ny-combined-income = Combined parental income
ws-ny-non-custodial-parent = Non-custodial parent
ws-ny-equal-time = The parents have equal time, so the parent with the higher income is treated as the non-custodial parent (Baraby v. Baraby, 250 A.D.2d 201 (3d Dep't 1998)).
ws-ny-no-income = Neither parent has CSSA income, so the basic obligation is zero.
ws-ny-combined-income-cap = Combined income cap
ws-ny-combined-obligation = Combined obligation on income up to the cap
ws-ny-ncp-share = Non-custodial parent's share of income
ws-ny-basic-obligation = Basic child support obligation
ws-ny-above-cap = Combined income is above the cap of { $cap }; this is the amount on income up to the cap, and the court may apply the percentage to income above it too (FCA 413(1)(c)(3)).
ws-ny-five-or-more-children = For five or more children the percentage is "no less than" 35%; 35% is used.
ws-ny-below-poverty-line = Income left is below the poverty guideline: $25 a month
ws-ny-below-poverty = Paying the basic amount would leave the non-custodial parent below the poverty guideline ({ $guideline }), so the obligation is $25 a month (FCA 413(1)(d)).
ws-ny-self-support-reserve = Self-support reserve
ws-ny-below-reserve-line = Income left is below the self-support reserve: the greater of $50 a month or income less the reserve
ws-ny-below-reserve = Paying the basic amount would leave the non-custodial parent below the self-support reserve ({ $reserve }), so the obligation is reduced (FCA 413(1)(d)).
ws-ny-add-ons-paid = Child care and health insurance paid (yearly)
ws-ny-add-ons-share = Non-custodial parent's pro rata share of them
ws-ny-add-ons-paid-directly = Less what the non-custodial parent pays directly
ws-ny-yearly-child-support = Yearly child support
ws-ny-unused-fields = New York's guideline does not use { $fields }, so it was left out of this estimate.
ws-ny-pending-cap = The New York combined parental income cap (SSL 111-i(2)(b), $183,000 from 2024-03-01): a new figure was due on { $due }, which this calculator does not have yet; the latest known figure is used.
ws-ny-pending-reserve = The New York self-support reserve and poverty guideline (FCA 413(1)(b)(6), 2025 chart): a new figure was due on { $due }, which this calculator does not have yet; the latest known figure is used.

ws-ca-monthly-net-disposable-income = Monthly net disposable income
ws-ca-higher-earner = Higher earner
ws-ca-total-net-income = Total net disposable income (TN)
ws-ca-higher-earner-time = Higher earner's time with the children (H%)
ws-ca-fraction = Fraction for TN
ws-ca-k = K
ws-ca-one-child = CS for one child = K x (HN - H% x TN)
ws-ca-multiplier = Multiplier for { $children } { $children ->
    [one] child
   *[other] children
}
ws-ca-low-income-not-applied = California's low-income adjustment (Fam. Code 4055(b)(7)) is not applied here: its current terms are not known to this calculator. A payer with a low income may owe less.
ws-ca-add-ons-not-included = Child care and health insurance are added on top of guideline support and shared between the parents (Fam. Code 4061-4062); they are not in this amount.
ws-ca-unused-fields = California's guideline does not use { $fields }, so it was left out of this estimate.

ws-ga-monthly-gross-income = Monthly gross income
ws-ga-preexisting-orders = Preexisting orders
ws-ga-theoretical-order-line = Theoretical order for other qualified children
ws-ga-theoretical-order = A theoretical order for { $parent ->
    [a] your
   *[other] the other parent's
} other children is deducted; the court allows this at its discretion (O.C.G.A. 19-6-15(f)(5)(C)).
ws-ga-adjusted-gross-income = Adjusted gross income
ws-ga-combined-adjusted-income = Combined adjusted income
ws-ga-no-income = Neither parent has adjusted income, so there is no obligation to share.
ws-ga-basic-obligation = Basic child support obligation ({ $children } { $children ->
    [one] child
   *[other] children
})
ws-ga-high-income = Combined income is above { $limit } a month: the table's highest amount is used, and the court may deviate upward (O.C.G.A. 19-6-15(i)(2)(A)).
ws-ga-pro-rata-share = Pro rata share
ws-ga-share-of-basic = Share of the basic obligation
ws-ga-noncustodial-parent = Noncustodial parent
ws-ga-parenting-time-adjustment = Parenting time adjustment
ws-ga-after-parenting-time = Basic obligation after parenting time
ws-ga-parenting-time-not-applied = The parenting time adjustment needs both parents' overnights; it was not applied.
ws-ga-add-ons-paid = Health insurance and child care paid
ws-ga-add-ons-share = Noncustodial parent's pro rata share of them
ws-ga-add-ons-paid-by-ncp = Less what the noncustodial parent pays
ws-ga-presumptive-amount = Presumptive amount of child support
ws-ga-low-income-line = Low-income adjustment: the table amount
ws-ga-low-income = { $parent ->
    [a] Your income
   *[other] The other parent's income
} is under the low-income table's top for { $children } { $children ->
    [one] child
   *[other] children
}, so the lesser table amount applies (O.C.G.A. 19-6-15(i.1)).
ws-ga-unused-fields = Georgia's guideline does not use { $fields }, so it was left out of this estimate.

ws-de-pending-allowance = The Delaware Self Support Allowance (Rule 500, adjusted by February 1 each year; $1,570 for 2025): a new figure was due on { $due }, which this calculator does not have yet; the latest known figure is used.

## The Payments screen

payments-sign-in-prompt = Sign in to see the payments on your case and what is still owed.
payments-case-label = Case
payments-case-option = Case { $id }: { $role ->
    [custodial] you receive support
   *[noncustodial] you pay support
}
payments-loading = Loading your payments…
payments-error = Your payments couldn't be shown. { $reason }
payments-owed-noncustodial = You owe
payments-owed-custodial = Owed to you
payments-nothing-owed = Nothing owed
payments-next-noncustodial = Next payment due
payments-next-custodial = Next payment expected
payments-current-due = Current support due
payments-last-noncustodial = Your last payment
payments-last-custodial = Last payment received
payments-last-value = { $amount } on { $date }
payments-no-payments-yet = None yet
payments-as-of = The agency's figures as of { $date }.

payments-notify-label = Tell me with a desktop notification when a payment arrives
payments-notify-hint = The notification says only that a payment arrived on your case, never the amount.
payments-notify-failed = Your choice about notifications couldn't be saved. { $reason }
# After a sync finds payments on the case on screen; $count is how many since the page opened.
payments-new = { $count ->
    [one] 1 new payment has arrived
   *[other] { $count } new payments have arrived
}
payments-new-dismiss = Dismiss

payments-audit-heading = Checking the agency's balance
payments-audit-matches = Our own calculation agrees with the agency's balance of { $amount }.
payments-audit-matches-credit = Our own calculation agrees with the agency's: { $amount } in credit.
payments-audit-differs = Our own calculation comes to { $ours }; the agency says { $agency } (a difference of { $difference }, first seen in { $month }).
payments-audit-explain = A difference like this may be interest, or payments the agency hasn't posted yet. Our calculation is a check, not an official balance.
payments-audit-ask-office = You can ask { $office } about it at { $phone }.
payments-audit-ask = You can ask your child support agency about it.
payments-audit-causes = What may explain it:
payments-cause-payment_missing = The payment received on { $date } may not be counted by the agency yet.
payments-cause-payment_counted_twice = The payment received on { $date } may have been counted twice.
payments-cause-installment = The support due on { $date } may have been counted differently.
payments-cause-interest = The difference is exactly the interest we worked out: the agency may charge interest differently, or not at all.
payments-audit-not_covered = The agency's balance is for a date our own calculation doesn't cover, so we can't compare them yet.
payments-audit-error = We couldn't do our own calculation for this case.
payments-audit-no-order = This case has no support order yet, so there is nothing to check.

payments-history-heading = Payment history
payments-filters = Find payments
payments-from = Received from
payments-to = Received through
payments-source = Source
payments-source-all = All sources
payment-source-wage_withholding = Wage withholding
payment-source-federal_tax_offset = Federal tax refund
payment-source-state_tax_offset = State tax refund
payment-source-unemployment = Unemployment benefits
payment-source-direct = Direct payment
payments-search = Search
payments-search-hint = An amount, a payment number or a source, like 500 or tax refund.
payments-clear-filters = Clear filters
# $shown and $total are already formatted numbers; $count is the total, for the plural.
payments-count = Showing { $shown } of { $total } { $count ->
    [one] payment
   *[other] payments
}
payments-none = No payments yet.
payments-none-match = No payments match. Try other dates, another source or other words.
payments-history-caption = Payments received, newest first
payments-col-received = Date received
payments-col-amount = Amount
payments-col-source = Source
payments-col-disbursed = Paid out
payments-col-details = Details
payments-not-disbursed = Not yet
payments-details = Details
# Read by screen readers after "Details".
payments-details-for = for the payment of { $amount } received { $date }
payments-dist-current = Current support
payments-dist-arrears = Past-due support
payments-dist-interest = Interest
payments-dist-fees = Fees
payments-dist-disbursed = Paid out
payments-dist-id = Payment number
payments-export = Download as a spreadsheet (CSV)
payments-export-hint = Saves the payments shown as a spreadsheet file, with how each was applied.
payments-export-pdf = Download a PDF statement
payments-export-pdf-hint = Saves a statement of the case as a PDF file: what is owed, the balance month by month and every payment.
# Titles of the system's save dialog.
payments-export-csv-title = Save the payment history
payments-export-pdf-title = Save the payment statement
payments-export-csv-saved = The payment history was saved to { $path }
payments-export-pdf-saved = The statement was saved to { $path }
payments-export-refused = This computer doesn't allow saving files from this app. You can still see your payments here.
payments-export-failed-storage = The file couldn't be saved in that folder. Try again and choose another folder, like Documents.
payments-export-failed = The file couldn't be saved. { $reason }

payments-balances-heading = Balance over time
payments-balances-caption = Month by month, as our own calculation works it out, oldest first
payments-col-month = Month
payments-col-accrued = Support due
payments-col-month-received = Received
payments-col-arrears-end = Past-due at month end
payments-month-so-far = { $month } (so far)
payments-show-all-months = Show all { $count } months
payments-show-recent-months = Show the last { $count } months only
# The chart above the balance table: the caption says in words what the pictures show.
payments-chart-summary = From { $from } through { $to }, { $due } of support fell due and { $received } was received. The past-due balance went from { $start } to { $end }. The table below has each month's figures.
payments-chart-paid-title = Received and due each month
payments-chart-arrears-title = Past-due support at each month's end

payoff-heading = Plan to pay off the past-due balance
payoff-intro = See when the past-due balance would be paid off at a monthly amount toward it.
payoff-amount = Monthly amount toward the past-due balance
payoff-amount-hint = In dollars and cents, like 75.00.
payoff-amount-hint-order = In dollars and cents, like 75.00. Your order sets { $amount } a month, which is filled in.
payoff-plan = Plan
payoff-paid_off = At { $amount } a month, the past-due balance would be paid off in { $month }, after { $months ->
    [one] 1 payment
   *[other] { $months } payments
}, with { $interest } of interest.
payoff-nothing_owed = There is no past-due balance to pay off.
payoff-never_pays_off = At { $amount } a month, the past-due balance would never be paid off: the interest alone comes to { $interest } a month.
payoff-beyond_horizon = At { $amount } a month, the past-due balance would still not be paid off after { $years } years; { $left } would be left.
payoff-assumptions = This assumes current support keeps being paid in full and on time and the interest rule stays as it is. It is an estimate, not an agreement with the agency.
payoff-error-invalid_amount = Enter a monthly amount in dollars and cents, more than zero, like 75.00
payoff-failed = The plan couldn't be worked out. { $reason }


## The PDF statement of a case's payments. Keep lines short: the PDF cuts what doesn't fit.

statement-title = Payment statement: case { $id }
# One figure of the summary, like "Owed to you: $1,700.00".
statement-fact = { $term }: { $value }
statement-months-heading = Balance month by month, by our own calculation
statement-col-accrued = Support due
statement-col-arrears-end = Past-due at month end
statement-month-so-far = { $month } (so far)
statement-col-interest-charged = Interest charged
statement-payments-heading = Payments received, newest first
statement-col-received = Received
statement-col-current = Current
statement-col-arrears = Past-due
# Payment sources in a column of the statement, shorter than on screen.
statement-source-wage_withholding = Wage withholding
statement-source-federal_tax_offset = Federal tax refund
statement-source-state_tax_offset = State tax refund
statement-source-unemployment = Unemployment
statement-source-direct = Direct payment
statement-page = Page
