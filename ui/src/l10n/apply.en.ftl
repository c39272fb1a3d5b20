## Messages of the apply screen (en).

apply-page-intro = Ask your state's child support agency for help: finding the other parent, establishing paternity, setting up a support order and collecting payments. The app saves your answers as you go, so you can stop and finish later.
apply-sign-in-prompt = Sign in to apply for services. The app saves your answers as you go, so you can stop and finish later.
apply-loading = Loading your application…
apply-load-failed = Your saved application couldn't be opened. { $reason }
apply-load-retry = Try again

## The steps

apply-progress = Steps of the application
apply-step-word = Step
apply-step-of = of { $total }
apply-step-completed = completed
apply-step-not-completed = not completed
apply-step-about_you = About you
apply-step-other_parent = The other parent
apply-step-children = The children
apply-step-orders = Existing orders
apply-step-services = Services
apply-step-safety = Safety
apply-step-fees = Fees
apply-step-review = Review and sign
apply-next = Next
apply-back = Back
apply-return-review = Back to review
apply-submit = Submit application
apply-submitting = Sending your application…

## Saving as the parent goes

apply-resumed = We saved your application on { $time }. You can pick up where you left off.
apply-start-over = Start over
apply-start-over-question = Start over with an empty application?
apply-start-over-text = Everything you've entered in this application will be deleted. This can't be undone.
apply-start-over-confirm = Yes, delete it and start over
apply-start-over-cancel = No, keep my answers
apply-start-over-failed = Your saved application couldn't be deleted. { $reason }
apply-saving = Saving…
# $time is only a time of day when it is today, else a date and a time.
apply-saved = Saved at { $time }
apply-save-failed = Your latest answers couldn't be saved on this computer. { $reason } You can keep going.
apply-save-retry = Try saving again

## Checking the answers

apply-errors-heading = { $count ->
    [one] 1 answer needs another look
   *[other] { $count } answers need another look
}
apply-errors-text = Choose one to go to it.
apply-errors-earlier = Some answers on earlier steps need another look too. Choose one to go to that step.
# $step is the name of a step, $problem what to fix.
apply-errors-on-step = { $step }: { $problem }
apply-errors-child = Child { $number }: { $problem }
apply-errors-order = Order { $number }: { $problem }
apply-check-failed = Your answers couldn't be checked. { $reason }
apply-submit-failed = Your application couldn't be saved for sending. { $reason }

## Step 1: About you

apply-about-intro = Tell us about yourself, the parent or caretaker who is applying.
apply-given_name = First name
apply-family_name = Last name
apply-dob = Date of birth
apply-dob-hint = For example: 4 28 1990
apply-month = Month
apply-day = Day
apply-year = Year
apply-ssn = Social Security number (optional)
apply-ssn-hint = 9 digits, like 123-45-6789. You can leave it blank; the agency may ask for it later.
apply-phone = Phone number (optional)
apply-phone-hint = With the area code, like 608-555-0100.
apply-email = Email address (optional)
apply-email-hint = Like name@example.com.
apply-address = Your mailing address
apply-address-line1 = Street address
apply-address-line2 = Apartment, suite or unit (optional)
apply-address-city = City or town
apply-address-state = State or territory
apply-address-state-choose = - Select -
apply-address-zip = ZIP code
apply-benefits = Benefits
apply-benefits-hint = Check any you receive now. They decide whether there is an application fee.
apply-receives_tanf = TANF
apply-receives_tanf-hint = Temporary Assistance for Needy Families: monthly cash help for families.
apply-receives_medicaid = Medicaid
apply-receives_medicaid-hint = Health coverage from the state, for you or your children.

## Step 2: The other parent

apply-other-intro = Tell us what you know. Leave anything you don't know blank.
apply-other-why = The more the agency knows, the easier it is to find the other parent.
apply-aliases = Other names they use
apply-aliases-hint = Nicknames or other last names. One per line, or separated by commas.
apply-other-dob-hint = If you know it. For example: 4 28 1988
apply-other-ssn = Social Security number
apply-other-ssn-hint = 9 digits, like 123-45-6789.
apply-other-address = Last known address
apply-other-address-hint = Where they live or last lived. Leave all of it blank if you don't know it.
apply-other-phone = Phone number
apply-employer = Employer
apply-employer-hint = Where they work or last worked.
apply-description = Anything else that could help find them
apply-description-hint = For example their height, build, tattoos, or the car they drive. At most 2,000 characters.

## Step 3: The children

apply-children-intro = Tell us about each child you want support for.
apply-child = Child { $number }
apply-child-dob-hint = For example: 3 9 2019
apply-paternity = Is paternity (legal fatherhood) established for this child?
apply-paternity-established = Established
apply-paternity-established-hint = The parents were married when the child was born, the father signed an acknowledgment of paternity, or a court decided who the father is.
apply-paternity-not_established = Not established
apply-paternity-not_established-hint = No one has legally been named the father yet. The agency can help, with a genetic test if needed.
apply-paternity-unknown = I don't know
apply-paternity-unknown-hint = That's all right. The agency will find out.
apply-add-child = Add another child
apply-remove-child = Remove child { $number }
apply-child-removed = Child { $number } was removed.

## Step 4: Existing orders

apply-orders-intro = Has a court already ordered support for these children? If so, add each order. If not, go on to the next step.
apply-orders-none = No orders added.
apply-order = Order { $number }
apply-order-state = State where the order was made
apply-order-court = Court
apply-order-court-hint = For example: Dane County Circuit Court.
apply-order-case_number = Case number
apply-order-case_number-hint = As it is written on the order.
apply-add-order = Add an order
apply-remove-order = Remove order { $number }
apply-order-removed = Order { $number } was removed.

## Step 5: Services

apply-services-legend = Which services do you want?
apply-services-hint = Choose all that apply. If you're not sure, choose the ones that seem closest; the agency will help.
apply-service-locate_parent = Find the other parent
apply-service-locate_parent-hint = The agency searches records to find where the other parent lives or works.
apply-service-establish_paternity = Establish paternity
apply-service-establish_paternity-hint = Legally name the child's father, with a genetic test if needed.
apply-service-establish_order = Set up a support order
apply-service-establish_order-hint = Ask for an order that says how much support is paid.
apply-service-medical_support = Health coverage for the children
apply-service-medical_support-hint = Add the children's health insurance or medical costs to the order.
apply-service-enforce_order = Collect the support that is ordered
apply-service-enforce_order-hint = Make sure payments under an order are made, for example by taking them from wages.
apply-service-review_and_modify = Review and change an order
apply-service-review_and_modify-hint = Check whether the amount of an order should go up or down.
apply-service-collect_arrears = Collect past-due support
apply-service-collect_arrears-hint = Collect support that should have been paid before now.
apply-service-employment_referral = Job help for the other parent
apply-service-employment_referral-hint = Send the parent who pays to a program that helps people find work.
apply-service-parenting_time_referral = Help with parenting time
apply-service-parenting_time_referral-hint = A referral to help with a parenting-time plan or mediation.

## Step 6: Safety

apply-safety-intro = Your safety matters. If you have concerns about the other parent, you can tell us here. The agency uses these answers to protect you and your children.
apply-safety-legend = Check any that apply to you
apply-safety-hint = You don't have to check anything. You can also tell the agency later.
apply-safety-fears_harm = The other parent has hurt or threatened me or my children, or I'm afraid they would
apply-safety-fears_harm-hint = The agency takes extra care with your case. It won't ask you to do anything that could put you at risk, like meeting the other parent.
apply-safety-request_family_violence_flag = Keep where I live private
apply-safety-request_family_violence_flag-hint = The agency marks your case so that your address and where you are are never given out, including to the other parent.
apply-safety-address_confidentiality = I'm in my state's address confidentiality program
apply-safety-address_confidentiality-hint = The agency will use only the substitute address the program gave you.
apply-safety-exit = If you need to leave this app quickly, use the Quick exit button at the top of every page, or press the Esc key twice.
apply-safety-hotline = For confidential help at any time, call the National Domestic Violence Hotline at 1-800-799-7233. If you are in danger now, call 911.

## Step 7: Fees

apply-fees-heading = Application fee
apply-fees-rule = The application fee is at most { $amount }. There is no fee for parents who receive TANF or Medicaid.
apply-fees-waived = You said you receive TANF or Medicaid, so you shouldn't be charged an application fee.
apply-fees-may-apply = You said you don't receive TANF or Medicaid, so the agency may charge a fee of up to { $amount }. It will tell you if you need to pay, and how.
apply-fees-decided = The agency decides the fee. If your answer about benefits isn't right, go back to About you and change it.

## Step 8: Review and sign

apply-review-intro = Check your answers. Use Change to fix anything, then sign and submit.
apply-change = Change
apply-answer-none = Not given
apply-review-name = Name
apply-review-dob = Date of birth
apply-review-ssn = Social Security number
apply-review-ssn-ending = Ending in { $digits }
apply-review-phone = Phone
apply-review-email = Email
apply-review-address = Address
apply-review-benefits = Benefits
apply-review-benefits-none = None
apply-review-aliases = Other names
apply-review-employer = Employer
apply-review-description = Anything else
apply-review-paternity = Paternity
apply-review-orders-none = None
apply-review-order-value = { $court }, { $state }, case { $number }
apply-review-services-none = None chosen
apply-review-safety-none = None checked
apply-review-fee = Application fee
apply-review-fee-waived = None, because you receive TANF or Medicaid
apply-review-fee-may-apply = Up to { $amount }, decided by the agency
apply-sign-heading = Sign your application
apply-sign-text = Type your full name and check the box. This is your electronic signature.
apply-signature-typed_name = Your full name
apply-signature-typed_name-hint = Your first and last name, as you gave them in About you.
apply-signature-consent = I confirm that what I've entered is true to the best of my knowledge, and I agree to the agency using it to provide child support services.

## What to fix, by field and problem: apply-error-<field>-<problem>, else apply-error-<problem>

apply-error-required = Fill in this answer
apply-error-invalid_date = Enter a real date as month, day and year
apply-error-future_date = A date of birth can't be in the future
apply-error-too_long_ago = Enter the year with 4 digits, 1900 or later
apply-error-invalid_ssn = An SSN has 9 digits, like 123-45-6789
apply-error-invalid_state = Choose a state from the list
apply-error-invalid_zip = A ZIP code has 5 digits, like 53703, or 9, like 53703-1234
apply-error-invalid_email = Enter an email address like name@example.com
apply-error-invalid_phone = Enter a phone number with the area code, like 608-555-0100
apply-error-too_long = This is too long. Please shorten it
apply-error-incomplete_address = Enter the whole address (street, city, state and ZIP code), or leave all of it blank
apply-error-no_children = Add at least one child
apply-error-too_many = There are too many here
apply-error-no_services = Choose at least one service
apply-error-signature_mismatch = Type your name as you gave it in About you: { $name }
apply-error-consent_required = Check the box to confirm and sign

apply-error-applicant-given_name-required = Enter your first name
apply-error-applicant-family_name-required = Enter your last name
apply-error-applicant-date_of_birth-required = Enter your date of birth as month, day and year
apply-error-applicant-date_of_birth-invalid_date = Enter your date of birth as month, day and year, like 4 28 1990
apply-error-applicant-address-line1-required = Enter your street address
apply-error-applicant-address-city-required = Enter your city or town
apply-error-applicant-address-state-required = Choose your state or territory
apply-error-applicant-address-zip-required = Enter your ZIP code
apply-error-other_parent-date_of_birth-invalid_date = Enter the other parent's date of birth as month, day and year, or leave it all blank
apply-error-other_parent-description-too_long = Shorten this to 2,000 characters or fewer
apply-error-children-given_name-required = Enter the child's first name
apply-error-children-family_name-required = Enter the child's last name
apply-error-children-date_of_birth-required = Enter the child's date of birth as month, day and year
apply-error-children-date_of_birth-invalid_date = Enter the child's date of birth as month, day and year, like 3 9 2019
apply-error-children-paternity-required = Choose whether paternity is established for this child
apply-error-children-too_many = An application can name at most 20 children
apply-error-existing_orders-state-required = Choose the state where the order was made
apply-error-existing_orders-court-required = Enter the court that made the order
apply-error-existing_orders-case_number-required = Enter the order's case number
apply-error-existing_orders-too_many = An application can list at most 10 orders
apply-error-signature-typed_name-required = Type your full name to sign

## After submitting

apply-confirm-sending-heading = Sending your application
apply-confirm-sending = Your application is saved and being sent…
apply-confirm-waiting-heading = Saved, waiting to send
apply-confirm-waiting = Your application is saved on this computer. We'll send it when the agency can be reached. The app keeps trying by itself, so you don't need to do anything.
apply-confirm-paused-heading = Sending paused
apply-confirm-paused = Your application is saved on this computer. Sending is paused: it will be sent once sending resumes.
apply-confirm-retry-at = Next try at { $time }.
apply-confirm-received-heading = Application received
apply-confirm-number = Your application number is
apply-confirm-keep = Keep this number. You'll need it if you contact the agency.
apply-confirm-next-heading = What happens next
apply-confirm-next-review = The agency reviews your application. If it needs more information, it will contact you.
apply-confirm-next-fee = If there is a fee, the agency will tell you how to pay it.
apply-confirm-next-status = You can follow your application's status below.
apply-confirm-failed-heading = Your application wasn't accepted
apply-confirm-failed = { $reason }
apply-confirm-retry = Try again
apply-new = Start a new application

## The parent's applications

apply-applications-heading = Your applications
# $time is only a time of day when it is today, else a date and a time.
apply-applications-as-of = Status as of { $time }.
apply-applications-never = Not updated from the agency yet.
apply-applications-none = No applications yet. A new application shows here once the agency has it.
apply-applications-failed = Your applications couldn't be shown. { $reason }
apply-application-title = Application { $id }
apply-application-submitted = Submitted
apply-application-services = Services
apply-application-children = Children
apply-application-fee = Application fee
apply-application-no-fee = No fee
apply-application-case = Case
apply-application-timeline = Status history of application { $id }
apply-status-received = Received
apply-status-under_review = Under review
apply-status-needs_information = More information needed
apply-status-accepted = Accepted
apply-status-denied = Denied
apply-status-withdrawn = Withdrawn
apply-status-current = Current status

## States, DC and territories, by USPS code

apply-state-AL = Alabama
apply-state-AK = Alaska
apply-state-AZ = Arizona
apply-state-AR = Arkansas
apply-state-CA = California
apply-state-CO = Colorado
apply-state-CT = Connecticut
apply-state-DE = Delaware
apply-state-DC = District of Columbia
apply-state-FL = Florida
apply-state-GA = Georgia
apply-state-HI = Hawaii
apply-state-ID = Idaho
apply-state-IL = Illinois
apply-state-IN = Indiana
apply-state-IA = Iowa
apply-state-KS = Kansas
apply-state-KY = Kentucky
apply-state-LA = Louisiana
apply-state-ME = Maine
apply-state-MD = Maryland
apply-state-MA = Massachusetts
apply-state-MI = Michigan
apply-state-MN = Minnesota
apply-state-MS = Mississippi
apply-state-MO = Missouri
apply-state-MT = Montana
apply-state-NE = Nebraska
apply-state-NV = Nevada
apply-state-NH = New Hampshire
apply-state-NJ = New Jersey
apply-state-NM = New Mexico
apply-state-NY = New York
apply-state-NC = North Carolina
apply-state-ND = North Dakota
apply-state-OH = Ohio
apply-state-OK = Oklahoma
apply-state-OR = Oregon
apply-state-PA = Pennsylvania
apply-state-RI = Rhode Island
apply-state-SC = South Carolina
apply-state-SD = South Dakota
apply-state-TN = Tennessee
apply-state-TX = Texas
apply-state-UT = Utah
apply-state-VT = Vermont
apply-state-VA = Virginia
apply-state-WA = Washington
apply-state-WV = West Virginia
apply-state-WI = Wisconsin
apply-state-WY = Wyoming
apply-state-PR = Puerto Rico
apply-state-VI = U.S. Virgin Islands
apply-state-GU = Guam
