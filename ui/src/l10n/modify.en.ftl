## Messages of the modify screen (en).

## The reasons of the calculator's modification check (crates/guidelines/src/modification.rs),
## one message per key in MESSAGE_KEYS, as ws-<key>. The app formats money ($difference,
## $threshold); $months is a count; $percent is a figure such as 15.0.

ws-common-mod-may-ask-anyway = Whatever this check says, you can ask for a review. The child support agency or the court decides whether your order changes.

ws-tx-mod-three-years-and-threshold = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, which is 3 years or more, and the new amount is { $difference } a month away from your order. After 3 years, an order can be reviewed if the new amount differs from it by at least 20% or at least $100 a month; for your order, that means { $threshold } or more. Your order meets this test.
ws-tx-mod-three-years-below-threshold = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, which is 3 years or more, but the new amount is only { $difference } a month away from your order. After 3 years, an order can be reviewed if the new amount differs from it by at least 20% or at least $100 a month; for your order, that means { $threshold } or more. Your order does not meet this test.
ws-tx-mod-under-three-years = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, less than 3 years, so the 3-year test does not apply yet.
ws-tx-mod-material-change = Your order can still change if your situation or your children's has changed a lot since it was made, for example a big change in income or in where the children live. The court decides whether the change is big enough.
ws-tx-mod-agreed-order = If both parents agreed to the amount in your order and it is different from the guideline amount, the 3-year test does not apply to it: only a big change in your situation or your children's counts.

ws-ny-mod-three-years = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, which is 3 years or more. That is enough for a review.
ws-ny-mod-under-three-years = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, less than 3 years.
ws-ny-mod-income-not-given = Your income when the order was made was not given, so the 15% income test was not checked.
ws-ny-mod-income-up = Your gross income has gone up by { $percent }% since the order was made, which is 15% or more. That is enough for a review.
ws-ny-mod-income-from-none = You had no gross income when the order was made and you have income now, a change of more than 15%. That is enough for a review.
ws-ny-mod-income-down = Your gross income has gone down by { $percent }% since the order was made, which is 15% or more. A drop in income counts only if it was not your choice and you have tried hard to find work that fits your education, skills and experience. The court decides whether it does.
ws-ny-mod-income-small-change = Your gross income has changed by { $percent }% since the order was made, less than the 15% that is enough on its own.
ws-ny-mod-opt-out = If you and the other parent signed an agreement that opts out of these tests, they do not apply: only a big change in your situation counts.
ws-ny-mod-substantial-change = Your order can still change if your situation or your children's has changed a lot since it was made. The court decides whether the change is big enough.

ws-wi-mod-33-months = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, which is 33 months or more. That is enough for a review.
ws-wi-mod-under-33-months = Your order was made or last changed { $months } { $months ->
    [one] month
   *[other] months
} ago, less than 33 months.
ws-wi-mod-threshold = The new amount is { $difference } a month away from your order. An order can be reviewed when the difference is both at least 15% of the order and at least $50 a month; for your order, that means { $threshold } or more. Your order meets this test.
ws-wi-mod-below-threshold = The new amount is { $difference } a month away from your order. An order can be reviewed when the difference is both at least 15% of the order and at least $50 a month; for your order, that means { $threshold } or more. Your order does not meet this test.
ws-wi-mod-substantial-change = Your order can still change if your situation or your children's has changed a lot since it was made. The court decides whether the change is big enough.

ws-de-mod-after-30-months = Support was last set { $months } { $months ->
    [one] month
   *[other] months
} ago, which is 2½ years or more. Your order can be reviewed without showing a change in your situation or a minimum change in the amount.
ws-de-mod-within-30-months = Support was last set { $months } { $months ->
    [one] month
   *[other] months
} ago, less than 2½ years.
ws-de-mod-more-than-ten-percent = The new amount is { $difference } a month away from your order, which is more than 10% of the order ({ $threshold }).
ws-de-mod-substantial-change = Because it has been less than 2½ years, your request must also show that your situation has changed a lot. The court decides whether it has.
ws-de-mod-ten-percent-or-less = The new amount is { $difference } a month away from your order, which is not more than 10% of the order ({ $threshold }). Less than 2½ years after support was set, the change must be more than 10%, so this test is not met.

ws-ca-mod-threshold = The new amount is { $difference } a month away from your order. The child support agency asks the court to change an order when the difference is at least $50 a month or 20% of the order, whichever is less; for your order, that means { $threshold } or more. Your order meets this test.
ws-ca-mod-below-threshold = The new amount is { $difference } a month away from your order. The child support agency asks the court to change an order when the difference is at least $50 a month or 20% of the order, whichever is less; for your order, that means { $threshold } or more. Your order does not meet this test.
ws-ca-mod-material-change = Your order can still change if your situation or your children's has changed a lot since it was made. The court decides whether the change is big enough.

ws-ga-mod-substantial-change = Georgia has no set time or amount that qualifies an order for a review. Your order can change if either parent's income or finances, or the children's needs, have changed a lot since it was made. The court decides whether the change is big enough.
ws-ga-mod-phase-in-one-year = Your order is from before 2007 and the new amount differs from it by 15% to 30%, so the court may bring in the new amount in steps over up to a year.
ws-ga-mod-phase-in-two-years = Your order is from before 2007 and the new amount differs from it by 30% or more, so the court may bring in the new amount in steps over up to two years.
ws-ga-mod-two-year-bar = If a court has ruled on a request you made to change this order, you usually must wait 2 years from that ruling before asking again. You do not have to wait if the parent who pays has not used their parenting time or has had more than the order gives, or if you are asking because you lost income through no choice of your own.

## The Modify screen: asking for a review of a support order.

modify-page-intro = When your situation changes, you can ask the agency to review your support order. Tell us what changed, see what the guideline would say now and whether your state's rules for a review are met, then send your request.
modify-sign-in-prompt = Sign in to ask for a review of your support order and follow your requests.
modify-loading = Loading your cases…
modify-case-label = Case
modify-case-hint = Only cases with a support order are listed.
modify-case-option = Case { $id }: { $role ->
    [custodial] you receive support
   *[noncustodial] you pay support
}
modify-no-order = Case { $id } has no support order yet, so there is no order to change. When the court makes an order, you can ask for a review of it here.
modify-no-order-heading = No order to change yet

# The order in force.
modify-order-heading = Case { $id }: your order now
modify-order-amount = Support ordered
modify-order-monthly = Per month
modify-order-date = Made or last changed on

# 1. What changed
modify-step-changed = 1. What changed
modify-reason-legend = What changed?
modify-reason-hint = Choose the one that fits best. You can explain in your own words below.
modify-reason-income_change = A parent's income changed
modify-reason-job_loss = A parent lost their job
modify-reason-custody_change = Parenting time changed
modify-reason-incarceration = A parent is in jail or prison
modify-reason-disability = A parent became disabled or seriously ill
modify-reason-child_needs = The children's needs changed
modify-reason-other = Something else
modify-details-label = Tell the agency what changed
modify-details-hint = Say what changed and when, for example "I started a new job on March 3 that pays less." Don't include Social Security numbers.
modify-details-limit = You can enter up to 2,000 characters.
modify-details-left = { $count ->
    [one] 1 character left
   *[other] { $count } characters left
}
modify-details-over = { $count ->
    [one] 1 character over the limit
   *[other] { $count } characters over the limit
}

# 2. Your new estimate
modify-step-estimate = 2. Your new estimate
modify-estimate-intro = Work out what support would be under { $state }'s guideline with your situation now. We filled in what your case says; change anything that is different now.
modify-calculator-unavailable-heading = The app can't work out this amount here
modify-calculator-unavailable = The app doesn't know all of { $state }'s rules yet, so it can't work out the new amount. If you know it, for example from the agency or a lawyer, type it below.
modify-use-typed = I already know the new amount
modify-use-calculator = Work it out with the calculator instead
modify-estimate-label = The new amount of support, per month
modify-estimate-hint = In dollars and cents, like 412.50. Leave it empty if you don't know it.
modify-new-heading = The new amount
modify-new-waiting = Fill in the facts above to see the new amount.
modify-new-converted = The guideline gives { $amount } { $per ->
    [year] a year
   *[week] a week
}, which is { $monthly } a month.
modify-new-flipped = With these facts, the payments would go the other way. The check below compares only the amounts: the agency or the court decides what a new order says.
modify-calculator-refused = The calculator can't work out this case: { $problem } You can type the new amount instead.
modify-incomes-legend = Your gross income per month (optional)
modify-incomes-hint = New York also looks at whether your income before taxes changed by 15% or more. Enter both amounts, or leave both empty.
modify-income-before = When the order was made
modify-income-after = Now

# 3. The state's rules for a review
modify-step-check = 3. Do you meet your state's rules for a review?
modify-check-waiting = Once there is a new amount, you'll see here whether your state's rules for a review are met.
modify-check-checking = Checking…
modify-check-failed = The app couldn't check your state's rules. { $reason }
modify-check-current = Your order now, per month
modify-check-new = The new amount, per month
modify-check-difference = Difference
modify-difference-less = { $amount } less a month
modify-difference-more = { $amount } more a month
modify-difference-same = The same as your order
modify-difference-percent = { $change } ({ $percent }%)
modify-verdict-meets = Your order meets your state's rules for a review
modify-verdict-court_decides = The agency or the court decides whether your order can be reviewed
modify-verdict-does_not_meet = Your order doesn't meet your state's rules for a review
modify-reasons-heading = Why
modify-citation = Rule: { $citation }

# 4. Documents
modify-step-documents = 4. Supporting documents (optional)
modify-documents-text = Proof helps the agency decide, for example pay stubs, a letter that your job ended, or a new parenting time order. The documents you add here are sent with your request.
modify-documents-link = Go to Documents
modify-attach = Add a document…
modify-attachments-heading = Documents to send with your request
modify-attachments-none = You haven't added any documents.
modify-documents-elsewhere = Everything you send, and the agency's review of it, is also on the Documents page.
modify-send-documents = { $count ->
    [one] 1 document goes with your request.
   *[other] { $count } documents go with your request.
}
modify-error-attachment_failed = A document wasn't accepted. Send it again, or remove it.
modify-confirm-documents-heading = Documents with your request
modify-confirm-documents-waiting = Your request is sent to the agency as soon as its documents are.
modify-confirm-document = { $file }: { $status }
modify-confirm-document-queued = waiting to send
modify-confirm-document-sending = sending ({ $percent }%)
modify-confirm-document-paused = paused
modify-confirm-document-delivered = sent
modify-confirm-document-failed = not accepted
modify-request-documents = Documents

# 5. Send
modify-step-send = 5. Send your request
modify-send-text = The agency receives your request with what you wrote and, if there is one, the new amount.
modify-send-amount = The new amount sent with your request: { $amount } a month.
modify-submit = Send my request
modify-submitting = Sending…
modify-submit-failed = Your request couldn't be saved. { $reason }

# Errors, by the backend's reason or the form's own.
modify-errors-heading = { $count ->
    [one] There is 1 problem with your request
   *[other] There are { $count } problems with your request
}
modify-errors-text = Choose one to go to it.
modify-error-reason_required = Choose what changed
modify-error-required = Say in your own words what changed
modify-error-too_long = Use 2,000 characters or fewer
modify-error-invalid_amount = Enter an amount in dollars and cents, zero or more, like 412.50
modify-error-unknown_case = This case isn't one of yours, or the app hasn't downloaded it yet
modify-error-no_order = This case has no support order to change yet
estimate-error-order_date_after_as_of = The date of your order is after today, so the app can't compare it yet. Ask the agency to check your order's date

# The request sent.
modify-confirm-sending-heading = Sending your request
modify-confirm-sending = Your request is saved and being sent…
modify-confirm-waiting-heading = Saved, waiting to send
modify-confirm-waiting = Your request is saved on this computer. It will be sent when the agency can be reached. The app keeps trying by itself, so you don't need to do anything.
modify-confirm-paused-heading = Sending paused
modify-confirm-paused = Your request is saved on this computer. Sending is paused: it will be sent once sending resumes.
modify-confirm-retry-at = Next try at { $time }.
modify-confirm-received-heading = Request received
modify-confirm-number = Your request number is
modify-confirm-keep = Keep this number. You'll need it if you contact the agency.
modify-confirm-failed-heading = Your request wasn't accepted
modify-confirm-failed = { $reason }
modify-confirm-retry = Try again

# The parent's requests for this case.
modify-requests-heading = Your requests for this case
modify-requests-failed = Your requests couldn't be shown. { $reason }
modify-requests-never = Not updated from the agency yet.
modify-requests-as-of = Status as of { $time }.
modify-requests-none = You haven't asked for a review of this order yet.
modify-request-title = Request { $id }
modify-request-reason = What changed
modify-request-submitted = Sent on
modify-request-amount = New amount
modify-request-amount-value = { $amount } a month
modify-request-details = What you wrote
modify-request-timeline = Status of request { $id }
modify-status-current = Current status
modify-status-received = Received
modify-status-under_review = Under review
modify-status-granted = Granted
modify-status-denied = Denied
modify-status-withdrawn = Withdrawn
