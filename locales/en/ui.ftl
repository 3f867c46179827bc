# Interface text for the check-in, in English.
# Keep sentences short and plain: a test holds every sentence at or below reading grade 8.

brand = Before your first session
help-open = Need help now?
help-close = Close
help-title = Need help now?
help-danger = If you are in danger, or you might harm yourself, call your local emergency number now.
help-numbers = In Europe, call 112. In the US and Canada, call 911. In the UK, call 999. In Australia, call 000.
help-crisis = You can also call a crisis line where you are now, or talk to your doctor.
help-lines = To talk to someone now: in the US and Canada, call or text 988. In the UK and Ireland, call Samaritans on 116 123. In Australia, call Lifeline on 13 11 14.
help-pointer = See where to get help now
help-wait = This check-in can wait. You can close it at any time.

welcome-title = A short check-in before your first session
welcome-what = This check-in looks at what helps you cope and what might be missing right now.
welcome-why = Your answers can help you and your counsellor choose where to start.
welcome-not = It is not a test and it does not give a diagnosis.
welcome-time = It takes about { $minutes } minutes. There are { $count } short questions.
welcome-private = Your answers stay on this device. Nothing is sent anywhere.
welcome-skip = You can skip any question. You can stop at any time.
welcome-help = If things feel too hard at any time, help is there now. You do not have to finish first.
welcome-start = Start the check-in

progress = Step { $current } of { $total }
nav-back = Back
nav-next = Next
nav-results = See my results

questions-skip = You can skip any question. Go with your first feeling.
questions-always-asked = A short step. Every check-in asks these few questions, so it can offer help when things are very hard.
questions-clear = Clear my answer
questions-when-hard = When things get hard
hope-note = Some of this may feel very hard right now. That is okay to say. If you want to talk to someone now, help is there.

reflections-title = In your own words
reflections-intro = These questions are optional. Your words help your counsellor get to know you.
reflections-note = What you write stays on this device unless you choose to share it.
reflections-unread = Nobody reads this until you share it. If you need help now, press "Need help now?".
reflections-more = Anything to add?
own-question-hint = Your counsellor added this question. A few words are enough, and you can leave it blank.

review-title = Check your answers
review-intro = Here is what you answered. You can go back to any part.
review-answered = { $answered } of { $total } answered
review-skipped = { $skipped } skipped
review-declined = { $declined } not said
review-notes-some = You wrote some notes.
review-notes-none = No notes.
review-change = Change
review-help = If any of this brought up something hard, help is there now.

results-title = Your check-in
results-note = This is a starting point for a talk with your counsellor. It is not a test, and it is not a diagnosis.
results-start-title = Where you might start
results-start-intro = These areas may need some care first. You and your counsellor can choose together.
results-start-none = No one area stands out as a place to start. You and your counsellor can look at it together, starting with what matters most to you.
results-start-few = There were not enough answers to suggest a place to start. That is okay. You can talk it through in your first session.
results-pointed = What pointed here
results-you-chose = You chose: { $choice }
results-try = Things you could try before your first session
results-ask = A question you could bring
results-helping-title = What is already helping you
results-helping-none = It can be hard to see what helps when things are tough. Your counsellor can help you find it.
results-chart-title = All six areas
results-chart-intro = A longer bar means your answers suggest more of that resource right now.
results-chart-title-asked = The areas you were asked about
results-left-out = This check-in did not ask about these areas, so they are not in your results. You can still talk about them with your counsellor:
results-declined = You chose not to answer most questions about these areas. That is your choice. You can talk about them when it feels right, or not at all:
results-table-caption = How present each area is right now
results-col-area = Area of life
results-col-level = How present it is
results-level-low = Less there right now
results-level-some = Partly there
results-level-high = Strong
results-level-unknown = Not enough answers
results-score = { $score } of 100
results-safety-title = Your answers suggest things feel hard right now
results-safety-body = You do not have to wait for your first session to get support. If you feel unsafe, please reach out now.
results-safety-title-unanswered = Help is close, if you need it
results-safety-rests = This is here because:
results-safety-unanswered = Some questions were left unanswered. That is okay. We cannot tell how those parts of life are going, so help is here in case things are hard.
results-start-support = Your answers do not point to one area to start with. Support comes first, and it is listed above. You and your counsellor can choose the rest together.
results-restart = Start again
results-fit = These are suggestions, not facts about you. If something here does not fit you, say so. Your counsellor wants to hear it.
results-start-signs = Your answers did not point to one area to start with. Some things did stand out, and they are listed below.
results-noticed-title = Also worth talking about
results-noticed-intro = Your answers suggest these too, even though they are not in the places to start above.
results-helping-more = Things you said are already there for you
results-level-mixed = Mixed
results-mixed-note = Mixed: some answers here are strong, and something here may be hard too.
results-end-title = If things get harder
results-end-body = If things get harder before your first session, you do not have to wait for it. Help is there now.
results-words-title = In your own words
results-words-note = Only you can see this here. It goes into what you take away only if you tick "Include my notes".

stop-open = Stop for now
stop-title = It is fine to stop here
stop-body = Nothing has been sent anywhere. If you close this page, your answers will be gone.
stop-later = You can come back and start again at any time.
stop-continue = Go back to the check-in
stop-clear = Clear my answers
stop-body-saved = Nothing has been sent anywhere. Your answers are saved on this device, so they will be here if you come back.
stop-later-saved = When you come back, you can carry on where you left off. You can also erase your answers at any time.
stop-help = If you stopped because things feel hard, you do not have to wait. Help is there now.
language = Language

summary-title = My check-in before my first session
summary-date = Date
summary-intro = Here is what my answers suggest.
summary-email-subject = My check-in before my first session

save-offer = Save my progress on this device
save-offer-note = Only this browser keeps it. You can erase it at any time.
save-on = Your answers are saved on this device.
save-erase = Erase my answers
save-blocked = This browser will not let us save. You can still finish the check-in.
resume-title = Welcome back
resume-body = Your answers from last time are saved on this device.
resume-continue = Continue where I left off
resume-fresh = Start fresh
notice-erased = Your answers were erased from this device.
notice-save-failed = We could not save on this device. You can still finish the check-in.
notice-discarded = We found saved answers we could not read, so we set them aside. You can start again.
notice-version = We found saved answers from another version of this check-in, so we set them aside.
notice-shared = You are looking at shared results. Nothing is saved on this device.
notice-share-broken = This link could not be opened. It may be cut short or changed. You can start a new check-in.

take-title = Take this to your first session
take-intro = You choose what to keep and who sees it.
take-notes = Include my notes
take-print = Print or save as PDF
take-text = Download as text
take-json = Download as data file
take-copy = Copy my results
take-link = Copy a private link
take-link-note = The link holds your answers. Anyone who has it can see them.
take-email = Email to my counsellor
take-email-note = Email is not a private way to send things.
take-copied = Copied.
take-copy-failed = Copying did not work here. Select the text below and copy it.
take-downloaded = Your file is ready.
take-copy-box = Text to copy

config-problems-title = Note for the site owner: some settings could not be used.
help-call = Call { $phone }
help-website = Website
contact-title = Your counsellor
contact-default-name = Your counsellor
contact-booking = Book a session

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
print-date = Date: { $date }
print-answers = My answers, area by area
print-skipped = Skipped

crash-title = Something went wrong
crash-body = The check-in stopped. This is our mistake, not yours. Anything saved on this device is still there.
crash-again = Start again
cannot-start-title = The check-in could not open here
cannot-start-body = The check-in cannot run on this page right now. You can try again later or on another device. You can also contact your counsellor.

# --- saved answers beside new ones
save-ask = Answers from last time are saved on this device. Saving now would put these answers in their place.
save-ask-replace = Save these answers instead
save-ask-keep = Keep the answers from last time

# --- sending to the counsellor
email-hello = Hello,
email-attached = I did the check-in before our first session. My results are in the file { $file }. I have attached it to this email.
email-thanks = Thank you.
email-help = Need help now? Call your local emergency number if you are in danger. The file lists more places to get help.
take-email-attach = This saves your results as a file, then opens your email. Attach the file before you send it.
take-share = Send my results file
take-share-note = Choose email or another app to send the file.

# --- settings notes
# Notes for the site owner about settings the widget could not use. Each note is
# "<setting name>: <what is wrong>. <what the widget does instead>".
settings-malformed = could not be read ({ $error })
settings-bad-code = is not a complete settings code; copy the whole address again
settings-wrong-type = should be { $expected }, but it is { $found }
settings-expect-text = text in double quotes
settings-expect-switch = true or false (without quotes)
settings-expect-list = a list in square brackets [ ]
settings-expect-group = a group of settings in curly brackets
settings-found-null = empty (null)
settings-found-switch = true or false
settings-found-number = a number
settings-found-text = text
settings-found-list = a list
settings-found-group = a group of settings
settings-unknown = is not a setting this widget knows
settings-unknown-suggest = is not a setting this widget knows. Did you mean { $name }?
settings-repeated = is given more than once
settings-too-long = is { $length } characters long; at most { $max } are allowed
settings-control = has hidden control codes in it
settings-format = has hidden marks in it, such as marks that can turn text the wrong way
settings-hidden = { $value } has characters in it that cannot be seen; type it again by hand
settings-not-colour = { $value } is not a colour; use # and 3 or 6 hex digits (0 to 9, a to f), like #2f6b5e
settings-light-for-buttons = { $value } is too light for white button text
settings-no-stand-out = { $value } does not stand out enough from the background { $background }
settings-dark-for-text = { $value } is too dark for the widget's grey text { $grey }
settings-no-stand-out-default = { $value } does not stand out enough from the default button colour { $accent }; choose a lighter background or also set an accent colour
settings-contrast = (contrast { $ratio }:1; at least { $needed }:1 is needed)
settings-unsafe-url = { $value } is not a safe web address; it must start with https://
settings-bad-email = { $value } is not an email address; it should look like name@example.org
settings-bad-phone = { $value } is not a phone number; use 3 to 20 digits, with spaces, dashes, dots or brackets between them and + at the start if needed
settings-unknown-language = { $value } is not a language this widget speaks ({ $languages })
settings-not-switch = { $value } should be on or off
settings-bad-name = { $value } is not a widget id; use up to { $max } letters (a to z), digits, - and _
settings-too-many-help = lists { $count } contacts; at most { $max } can be shown
settings-help-no-name = is missing; every urgent help contact needs a name
settings-unknown-area = names { $value }, which is not one of the areas: { $areas }
settings-too-few-areas = names { $count } of the areas; a check-in needs at least { $min }
settings-too-many-questions = lists { $count } questions; at most { $max } are asked
settings-help-unreachable = has no working phone number, text line or web address, so nobody could reach it
settings-not-read-next = the widget does not read a block of settings next to it; move the block inside its tag, the one with data-missing-pieces
settings-not-read-script = the widget does not read data- settings on the script tag; put them on its own tag, the one with data-missing-pieces
settings-not-read-address = anyone can write an address; so the widget takes only the language from it, and in a frame the widget id; put the rest in settings.json in the widget's folder
settings-not-read-page = this page uses the site's own settings, such as the WordPress plugin's; it does not read the data- settings on this tag
settings-more = { $count } more notes are not listed here
settings-outcome-ignored = It is ignored.
settings-outcome-first = Only the first one is used.
settings-outcome-removed = They are removed and the rest is used.
settings-outcome-first-n = Only the first { $count } are used.
settings-outcome-default = The default is used.
settings-outcome-left-out = It is left out.
settings-outcome-contact-left-out = This contact is left out.
settings-outcome-all-defaults = Every setting uses its default.
settings-outcome-code-unused = The settings in it are not used.
settings-outcome-not-used = They are not used.
settings-parent-not-address = is not a web address, so the frame cannot grow with its content; give the address of the page that shows the frame
settings-parent-other-site = this check-in is shown by a page on { $shown }, not on the site that parent names, so the frame cannot grow with its content; set parent to the address of the page that shows the frame
settings-outcome-scrolls = The check-in scrolls inside the frame instead.
