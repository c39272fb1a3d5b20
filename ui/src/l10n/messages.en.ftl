## Messages: secure messages between the parent and the agency.

messages-title = Messages with the agency
messages-intro = Write to your caseworker about one of your cases and read their answers. Only you and the agency see these messages.
messages-sign-in-prompt = Sign in to read and send secure messages about your cases.
messages-unread-total = { $count ->
    [0] You have no unread messages.
    [one] You have 1 unread message.
   *[other] You have { $count } unread messages.
}
messages-notify-label = Tell me when a new message arrives
messages-notify-hint = A desktop notification says only "You have a new message". It never shows who wrote or what it says.
messages-notify-failed = Your choice could not be saved: { $reason }
messages-case = Case { $case }
messages-new = Write a new message
messages-new-heading = New message about case { $case }
messages-threads-caption = Your messages about case { $case }
messages-col-subject = Subject
messages-col-last = Last message
messages-col-unread = Unread
messages-unread = { $count ->
    [one] 1 unread
   *[other] { $count } unread
}
messages-all-read = All read
messages-none = No messages on this case yet.
messages-not-synced = Your messages have not been downloaded yet.
messages-pending-sending = Sending
messages-pending-waiting = Waiting to send
messages-pending-failed = Not sent
messages-sent = Your message is saved. It will be sent as soon as the agency can be reached.
messages-back = Back to all messages
messages-thread-missing = This conversation has not been downloaded yet.
messages-conversation = Conversation
messages-from-you = You
messages-from-agency = Agency ({ $role })
messages-documents = Documents attached: { $documents }
messages-reply-heading = Reply
messages-subject = Subject
messages-body = Message
messages-reply = Your reply
messages-body-hint = Up to 5,000 characters ({ $count } so far). Do not include your full Social Security number.
messages-send = Send message
messages-cancel = Cancel
messages-draft-saving = Saving draft…
messages-draft-saved = Draft saved at { $time }
messages-draft-failed = The draft could not be saved: { $reason }
messages-error-summary = { $count ->
    [one] 1 answer needs another look
   *[other] { $count } answers need another look
}
messages-error-check = Check this answer
messages-error-subject-required = Enter a subject
messages-error-subject-too_long = The subject can have at most 200 characters
messages-error-body-required = Write your message
messages-error-body-too_long = The message can have at most 5,000 characters
messages-error-attachments-too_many = A message can carry at most 10 documents, each once
messages-attachments-legend = Documents (optional)
messages-attach = Attach a document…
messages-attachments-count = { $count ->
    [0] No documents attached. They are sent first, then the message.
    [one] 1 document attached. It is sent first, then the message.
   *[other] { $count } documents attached. They are sent first, then the message.
}
