# Interface text for the check-in, in Arabic (Modern Standard Arabic; the counsellor is "المرشد النفسي", as in content/questionnaire.json).
# Keep sentences short and plain, like the English source; prefer gender-inclusive wording (masdar, third person). Phone numbers use Western digits.

brand = قبل جلستك الأولى
help-open = بحاجة إلى مساعدة الآن؟
help-close = إغلاق
help-title = هل أنت بحاجة إلى مساعدة الآن؟
help-danger = إذا كنت في خطر، أو من الممكن أن تؤذي نفسك، فالرجاء الاتصال الآن برقم الطوارئ في بلدك.
help-numbers = في الأردن، اتصل بالرقم 911. وفي الكويت، اتصل بالرقم 112. وفي أوروبا، اتصل بالرقم 112. وفي الولايات المتحدة وكندا، اتصل بالرقم 911. وفي المملكة المتحدة، اتصل بالرقم 999. وفي أستراليا، اتصل بالرقم 000.
help-crisis = يمكنك أيضًا الاتصال بخط الدعم النفسي في بلدك، أو التحدث إلى طبيبك.
help-wait = يمكن تأجيل هذه الأسئلة. ويمكنك إغلاقها في أي وقت.

welcome-title = أسئلة قصيرة قبل جلستك الأولى
welcome-what = تتناول هذه الأسئلة ما يساعدك على التأقلم، وما قد ينقصك الآن.
welcome-why = يمكن لإجاباتك أن تساعدك أنت ومرشدك النفسي على اختيار نقطة البداية.
welcome-not = هذه الأسئلة ليست اختبارًا، ولا تقدّم أي تشخيص.
welcome-time = تستغرق الإجابة نحو { $minutes } دقائق. عدد الأسئلة { $count }، وكلها قصيرة.
welcome-private = تبقى إجاباتك على هذا الجهاز. لا يُرسَل أي شيء إلى أي مكان.
welcome-skip = يمكنك تخطّي أي سؤال. ويمكنك التوقف في أي وقت.
welcome-start = لنبدأ

progress = الخطوة { $current } من { $total }
nav-back = رجوع
nav-next = التالي
nav-results = عرض نتائجي

questions-skip = يمكنك تخطّي أي سؤال. ويكفي اختيار أول ما يخطر لك.
questions-clear = مسح إجابتي
questions-when-hard = حين تصعب الأمور

reflections-title = بكلماتك أنت
reflections-intro = هذه الأسئلة اختيارية. كلماتك تساعد مرشدك النفسي على التعرّف إليك.
reflections-note = كل ما يُكتب هنا يبقى على هذا الجهاز، إلا إذا اخترت مشاركته.
reflections-more = هل هناك شيء آخر للإضافة؟

review-title = مراجعة إجاباتك
review-intro = إليك ما أجبت به. ويمكنك العودة إلى أي جزء.
review-answered = تمّت الإجابة عن { $answered } من { $total }
review-skipped = تمّ تخطّي { $skipped }
review-declined = «أفضّل عدم الإجابة»: { $declined }
review-notes-some = كتبت بعض الملاحظات.
review-notes-none = لا توجد ملاحظات.
review-change = تغيير

results-title = ملخّص إجاباتك
results-note = هذه نقطة بداية للحديث مع مرشدك النفسي. وهي ليست اختبارًا، وليست تشخيصًا.
results-start-title = من أين يمكن البدء
results-start-intro = قد تحتاج هذه المجالات إلى بعض الاهتمام أولًا. ويمكنك اختيار البداية مع مرشدك النفسي.
results-start-none = لا يبرز مجال واحد كنقطة بداية. يمكنك النظر في الأمر مع مرشدك النفسي، بدءًا بما يهمّك أكثر.
results-start-few = لم تكن الإجابات كافية لاقتراح نقطة بداية. ولا بأس في ذلك. يمكن الحديث عن الأمر في جلستك الأولى.
results-pointed = ما الذي أشار إلى هذا المجال
results-you-chose = إجابتك: { $choice }
results-try = أشياء يمكنك تجربتها قبل جلستك الأولى
results-ask = سؤال يمكنك طرحه في الجلسة
results-helping-title = ما يساعدك بالفعل
results-helping-none = قد يصعب رؤية ما يساعدك حين تشتدّ الأمور. ويمكن لمرشدك النفسي مساعدتك على اكتشافه.
results-chart-title = المجالات الستة كلها
results-chart-intro = كلما طال الشريط، كان مصدر الدعم هذا أكثر حضورًا في حياتك الآن.
results-table-caption = مدى حضور كل مجال في حياتك الآن
results-col-area = مجال الحياة
results-col-level = مدى حضوره
results-level-low = أقل حضورًا الآن
results-level-some = حاضر جزئيًا
results-level-high = حاضر بقوة
results-level-unknown = الإجابات غير كافية
results-score = { $score } من ١٠٠
results-safety-title = تشير إجاباتك إلى أن الأمور صعبة جدًا عليك الآن
results-safety-body = لا داعي لانتظار جلستك الأولى للحصول على الدعم. إذا شعرت بأنك لست في أمان، فالرجاء طلب المساعدة الآن.
results-restart = البدء من جديد
results-fit = هذه اقتراحات، وليست حقائق عنك. إذا لم يناسبك شيء هنا، فقل ذلك. مرشدك النفسي يريد أن يسمعه.
results-start-signs = لم تُشر إجاباتك إلى مجال واحد للبدء به. لكن بعض الأمور برزت، وهي مذكورة أدناه.
results-noticed-title = أمور أخرى تستحق الحديث عنها
results-noticed-intro = تشير إجاباتك إلى هذه الأمور أيضًا، مع أنها ليست بين نقاط البداية أعلاه.
results-helping-more = أشياء قلتَ إنها موجودة لديك بالفعل
results-level-mixed = متفاوت
results-words-title = بكلماتك أنت
results-words-note = أنت وحدك ترى هذا هنا. ولا يُضاف إلى ما تأخذه معك إلا إذا اخترت «تضمين ملاحظاتي».

stop-open = التوقف مؤقتًا
stop-title = لا بأس بالتوقف هنا
stop-body = لم يُرسَل أي شيء إلى أي مكان. إذا أغلقت هذه الصفحة، فستُحذف إجاباتك.
stop-later = يمكنك العودة والبدء من جديد في أي وقت.
stop-continue = العودة إلى الأسئلة
stop-clear = مسح إجاباتي
language = اللغة

summary-title = إجاباتي قبل جلستي الأولى
summary-date = التاريخ
summary-intro = هذا ما أظهرته إجاباتي.
summary-email-subject = إجاباتي قبل جلستي الأولى

save-offer = حفظ تقدّمي على هذا الجهاز
save-offer-note = لا يحتفظ به إلا هذا المتصفح. ويمكنك حذفه في أي وقت.
save-on = إجاباتك محفوظة على هذا الجهاز.
save-erase = حذف إجاباتي
save-blocked = لا يسمح لنا هذا المتصفح بالحفظ. ولا يزال بإمكانك إكمال الأسئلة.
resume-title = أهلًا بعودتك
resume-body = إجاباتك من المرة السابقة محفوظة على هذا الجهاز.
resume-continue = المتابعة من حيث توقفت
resume-fresh = بداية جديدة
notice-erased = تمّ حذف إجاباتك من هذا الجهاز.
notice-save-failed = لم نتمكّن من الحفظ على هذا الجهاز. ولا يزال بإمكانك إكمال الأسئلة.
notice-discarded = وجدنا إجابات محفوظة لم نتمكّن من قراءتها، لذلك وضعناها جانبًا. ويمكنك البدء من جديد.
notice-version = وجدنا إجابات محفوظة من نسخة أخرى من هذه الأسئلة، لذلك وضعناها جانبًا.
notice-shared = تعرض هذه الصفحة نتائج تمّت مشاركتها. ولا يُحفَظ أي شيء على هذا الجهاز.
notice-share-broken = تعذّر فتح هذا الرابط. قد يكون ناقصًا أو تمّ تغييره. ويمكنك البدء بالأسئلة من جديد.

take-title = ما يمكنك أخذه إلى جلستك الأولى
take-intro = الاختيار لك: ما يُحفَظ، ومن يطّلع عليه.
take-notes = تضمين ملاحظاتي
take-print = طباعة أو حفظ بصيغة PDF
take-text = تنزيل كملف نصي
take-json = تنزيل كملف بيانات
take-copy = نسخ الملخّص
take-link = نسخ رابط خاص
take-link-note = يحتوي الرابط على إجاباتك. ويمكن لأي شخص لديه الرابط أن يراها.
take-email = إرسال بالبريد الإلكتروني إلى مرشدي النفسي
take-email-note = البريد الإلكتروني ليس وسيلة إرسال تحفظ الخصوصية.
take-copied = تمّ النسخ.
take-copy-failed = لم ينجح النسخ هنا. يمكنك تحديد النص أدناه ونسخه.
take-downloaded = ملفك جاهز.
take-copy-box = نص للنسخ

config-problems-title = ملاحظة لمسؤول الموقع: تعذّر استخدام بعض الإعدادات.
help-call = الاتصال على { $phone }
help-website = الموقع الإلكتروني
contact-title = مرشدك النفسي
contact-default-name = مرشدك النفسي
contact-booking = حجز جلسة

date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
print-date = التاريخ: { $date }
print-answers = إجاباتي، مجالًا بعد مجال
print-skipped = تمّ تخطّيه

crash-title = حدث خطأ ما
crash-body = توقّفت الأسئلة. هذا خطأ من جهتنا، لا من جهتك. ما حفظته على هذا الجهاز لا يزال موجودًا.
crash-again = البدء من جديد

# --- saved answers beside new ones
save-ask = إجاباتك من المرة السابقة محفوظة على هذا الجهاز. إذا حفظت الآن، ستحلّ هذه الإجابات محلّها.
save-ask-replace = حفظ هذه الإجابات بدلًا منها
save-ask-keep = الإبقاء على إجابات المرة السابقة

# --- sending to the counsellor
email-hello = مرحبًا،
email-attached = أجبت عن الأسئلة قبل جلستنا الأولى. نتائجي في الملف { $file }، وقد أرفقته بهذه الرسالة.
email-thanks = شكرًا لك.
take-email-attach = يحفظ هذا نتائجك في ملف، ثم يفتح بريدك الإلكتروني. أرفق الملف قبل الإرسال.
take-share = إرسال ملف نتائجي
take-share-note = اختر البريد الإلكتروني أو تطبيقًا آخر لإرسال الملف.
