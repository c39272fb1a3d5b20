## Messages of the Documents screen (en), and the document picker and uploads Modify shares.

documents-sign-in-prompt = Sign in to send documents to the agency and see whether it received them.
documents-loading = Loading your cases…
documents-case-label = Case
documents-case-option = Case { $id }: { $role ->
    [custodial] you receive support
   *[noncustodial] you pay support
}
documents-announcer-label = Updates about your documents

## Kinds of document, as the agency names them.

documents-type-pay_stub = Pay stub
documents-type-tax_return = Tax return
documents-type-birth_certificate = Birth certificate
documents-type-court_order = Court order
documents-type-identification = Photo ID
documents-type-proof_of_expenses = Proof of expenses (like child care or medical bills)
documents-type-other = Something else

## Sending a document: the kind, the file dialog, the window as a drop target.

documents-send-heading = Send a document
documents-send-text = The app checks each file and removes hidden information, like where a photo was taken, before anything is sent.
documents-accepted = { $types }, up to { $size }
documents-types-or = { $rest } or { $last }
documents-type-label = What kind of document is it?
documents-type-select = - Select -
documents-type-error = Choose what kind of document this is
documents-choose = Choose a file…
documents-choosing = Checking the file…
documents-dialog-title = Choose a document to send
documents-dialog-filter = Documents (PDF, JPEG, PNG)
documents-drop = Or drag a file from your computer and drop it anywhere on this window.
documents-drop-over = Let go to send it.
documents-file-error-title = { $file } can't be sent
documents-add-error-title = The file couldn't be added
documents-file-error-not_found = The file could not be found. It may have been moved or deleted. Choose it again.
documents-file-error-not_a_file = This is not a file that can be sent (it may be a folder). Choose a file.
documents-file-error-too_large = This file is too big: the largest file you can send is { $max }. Make it smaller (for example, scan it again at a lower resolution, or send fewer pages at a time) and try again.
documents-file-error-empty = This file is empty. Choose another file.
documents-file-error-unsupported = This kind of file can't be sent. Send a PDF, or a picture saved as JPEG or PNG.
documents-file-error-heic = This picture is in HEIC format, which the agency can't accept. Save it as JPEG, or take a screenshot of it, and try again. (On an iPhone, Settings > Camera > Formats > Most Compatible saves new photos as JPEG.)
documents-file-error-encrypted_pdf = This PDF is protected by a password. Remove the password, or print it to a new PDF, and try again.
documents-file-error-damaged_pdf = This PDF seems to be damaged or incomplete. Open it to check, save or print it to a new PDF, and try again.
documents-file-error-damaged_image = This picture seems to be damaged or incomplete. Open it to check, save it again as JPEG or PNG, and try again.
documents-file-error-io = The file could not be read or copied. Try again, or choose another copy of it.
documents-file-error-outside_upload_folder = On this computer, documents can only be sent from the scanner's folder. Ask the office staff to scan it for you.

## Uploads on their way.

documents-uploads-heading = Sending
documents-uploads-none = Nothing is being sent right now.
documents-upload-about = { $type } · { $size }
documents-upload-replaces = Replaces { $file }
documents-upload-queued = Waiting to send
documents-upload-sending = Sending…
documents-upload-paused = Paused. Nothing more is sent until you resume it.
documents-upload-failed = Not accepted: { $reason }
documents-upload-retry-at = Will try again at { $time }.
documents-upload-last-error = Last try: { $reason }
documents-upload-progress-label = Sending { $file }
documents-upload-amount = { $sent } of { $total } sent ({ $percent }%)
documents-upload-left-seconds = less than a minute left
documents-upload-left-minutes = { $minutes ->
    [one] about 1 minute left
   *[other] about { $minutes } minutes left
}
documents-upload-left-hours = { $hours ->
    [one] about 1 hour left
   *[other] about { $hours } hours left
}
documents-upload-removed-gps = Location information was removed from this photo.
documents-upload-removed-other = Camera and other hidden information was removed.
documents-upload-pause = Pause
documents-upload-resume = Resume
documents-upload-retry = Try again
documents-upload-cancel = Cancel
documents-upload-remove = Remove
documents-upload-cancel-question = Stop sending { $file }? The app deletes its copy. The file on your computer stays as it is.
documents-upload-cancel-confirm = Yes, stop sending
documents-upload-cancel-keep = Keep sending
documents-upload-action-failed = That didn't work. { $reason }

## What a screen reader hears as uploads go.

documents-announce-added = { $file } was added. It will be sent now.
documents-announce-progress = { $file }: { $percent }% sent
documents-announce-paused = { $file } is paused.
documents-announce-resumed = { $file } will be sent again.
documents-announce-cancelled = { $file } won't be sent.
documents-announce-delivered = The agency received { $file }.
documents-announce-failed = { $file } wasn't accepted.

## The documents the agency has.

documents-sent-heading = Sent documents
documents-sent-as-of = Review status as of { $time }.
documents-sent-never = Not updated from the agency yet.
documents-sent-loading = Loading your documents…
documents-sent-none = You haven't sent any documents on this case yet.
documents-sent-failed = Your documents couldn't be shown. { $reason }
documents-sent-file = File
documents-sent-date = Sent
documents-sent-size = Size
documents-sent-status = Review
documents-status-received = Received
documents-status-accepted = Accepted
documents-status-rejected = Rejected
documents-sent-reason = Why: { $reason }
documents-sent-replaces = Replaces { $file }
documents-sent-replaced = Replaced by { $file }
documents-sent-replacing = A replacement is being sent.
documents-replace = Send a replacement
documents-replace-dialog-title = Choose a replacement for { $file }
