<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Paste the card they sent you (the whole block), or open the card&apos;s file.</source>
        <translation>الصق البطاقة التي أرسلها إليك صاحبها (الكتلة كاملة)، أو افتح ملف البطاقة.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>من ملف…</translation>
    </message>
    <message>
        <source>Compare these digits with them by phone before you trust the card.</source>
        <translation>قارن هذه الأرقام هاتفياً مع صاحب البطاقة قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>as on the card</source>
        <translation>كما في البطاقة</translation>
    </message>
    <message>
        <source>Fingerprint compared</source>
        <translation>تمت مقارنة البصمة</translation>
    </message>
    <message>
        <source>Publisher of reference releases</source>
        <translation>ناشر إصدارات البيانات المرجعية</translation>
    </message>
    <message>
        <source>Card of</source>
        <translation>صاحب البطاقة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Call them</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة الاتصال</translation>
    </message>
    <message>
        <source>Open a contact&apos;s card</source>
        <translation>فتح بطاقة جهة اتصال</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Reopen this alert? Its outcome is cleared.</source>
        <translation>إعادة فتح هذا التنبيه؟ ستُمحى نتيجته.</translation>
    </message>
    <message>
        <source>President of the Assembly of States Parties</source>
        <translation>رئيس جمعية الدول الأطراف</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>زيارة %1</translation>
    </message>
    <message>
        <source>Minister of Foreign Affairs</source>
        <translation>وزير الخارجية</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>صياغة الرسالة</translation>
    </message>
    <message>
        <source>Drafted %1</source>
        <translation>تمت صياغة %1</translation>
    </message>
    <message>
        <source>The letter could not be drafted</source>
        <translation>تعذرت صياغة الرسالة</translation>
    </message>
    <message>
        <source>Drafting the letter…</source>
        <translation>جارٍ تحرير الرسالة…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>No backup was made</source>
        <translation>لم تُنشأ أي نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخ احتياطياً إلى %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>استُعيد %1</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>جارٍ النسخ الاحتياطي قبل الإغلاق…</translation>
    </message>
    <message>
        <source>Closing ncdesk</source>
        <translation>إغلاق ncdesk</translation>
    </message>
    <message>
        <source>No backup was made on closing</source>
        <translation>لم تُنشأ نسخة احتياطية عند الإغلاق</translation>
    </message>
</context>
<context>
    <name>BriefActions</name>
    <message>
        <source>Select States, persons, cases, situations or alerts first.</source>
        <translation>حدد أولاً دولاً أو أشخاصاً أو قضايا أو حالات أو تنبيهات.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>رسالة أمريكية (Letter)</translation>
    </message>
    <message>
        <source>The export was not recorded</source>
        <translation>لم يُسجَّل التصدير</translation>
    </message>
    <message>
        <source>Draft report of the Bureau</source>
        <translation>مشروع تقرير المكتب</translation>
    </message>
    <message numerus="yes">
        <source>Meeting pack of %n note(s)</source>
        <translation>
            <numerusform>ملف اجتماع (عدد المذكرات: %n)</numerusform>
            <numerusform>ملف اجتماع (عدد المذكرات: %n)</numerusform>
            <numerusform>ملف اجتماع (عدد المذكرات: %n)</numerusform>
            <numerusform>ملف اجتماع (عدد المذكرات: %n)</numerusform>
            <numerusform>ملف اجتماع (عدد المذكرات: %n)</numerusform>
            <numerusform>ملف اجتماع (عدد المذكرات: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing note: %1</source>
        <translation>مذكرة إحاطة: %1</translation>
    </message>
    <message>
        <source>The Bureau&apos;s report on non-cooperation (sections II to VII) for the period below.</source>
        <translation>تقرير المكتب عن عدم التعاون (الفروع من الثاني إلى السابع) للفترة المبينة أدناه.</translation>
    </message>
    <message>
        <source>Notes on: %1</source>
        <translation>مذكرات بشأن: %1</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>travel alert %1</source>
        <translation>تنبيه السفر %1</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Saved %1 (not recorded in the history)</source>
        <translation>حُفظ %1 (دون تسجيله في السجل)</translation>
    </message>
    <message>
        <source>The file cannot be written (no permission, or it is open in another program). Any existing file was left as it was.</source>
        <translation>تتعذر كتابة الملف (لا يوجد إذن، أو أنه مفتوح في برنامج آخر). تُرك أي ملف موجود على حاله.</translation>
    </message>
    <message>
        <source>The document could not be written</source>
        <translation>تعذرت كتابة الوثيقة</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>قيمة المرسِل</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ قيمة المرسِل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>أُفرغت الحافظة.</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>نُسخ — ستُفرغ الحافظة بعد %1 ث</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>آخر حزمة مُرسلة</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <source>Has our changes up to</source>
        <translation>لديها تغييراتنا حتى</translation>
    </message>
    <message>
        <source>Compare the fingerprint with them by phone, then mark the contact verified.</source>
        <translation>قارن البصمة هاتفياً مع صاحبها، ثم ضع على جهة الاتصال علامة «تم التحقق».</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ تم التحقق</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>لم يُتحقق منها</translation>
    </message>
    <message>
        <source>✓ reference releases</source>
        <translation>✓ إصدارات البيانات المرجعية</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
            <numerusform>عدد السجلات: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>the visit dates have passed: record the outcome and close the alert</source>
        <translation>انقضت تواريخ الزيارة: سجّل النتيجة وأغلق التنبيه</translation>
    </message>
    <message>
        <source>verified but not yet shared with the Court (the Assembly asks that it be shared promptly)</source>
        <translation>تم التحقق منه ولكن لم يُبلَّغ إلى المحكمة بعد (تطلب الجمعية إبلاغه على وجه السرعة)</translation>
    </message>
    <message>
        <source>the visit is in %n day(s) and no letter has been sent</source>
        <translation>الزيارة بعد %n يوم ولم تُرسل أي رسالة</translation>
    </message>
    <message>
        <source>the visit is in %n day(s) and the report is not yet verified</source>
        <translation>الزيارة بعد %n يوم ولم يتم التحقق من البلاغ بعد</translation>
    </message>
    <message>
        <source>New travel alert…</source>
        <translation>تنبيه سفر جديد…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>تصدير التقويم (.ics)…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Visits expected in the next 30 days</source>
        <translation>الزيارات المتوقعة خلال الأيام الثلاثين المقبلة</translation>
    </message>
    <message>
        <source>No visit expected in the next 30 days.</source>
        <translation>لا زيارة متوقعة خلال الأيام الثلاثين المقبلة.</translation>
    </message>
    <message>
        <source>obliged to arrest and surrender</source>
        <translation>ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>غير ملزمة</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s)</source>
        <translation>
            <numerusform>قرارات سابقة: %n</numerusform>
            <numerusform>قرارات سابقة: %n</numerusform>
            <numerusform>قرارات سابقة: %n</numerusform>
            <numerusform>قرارات سابقة: %n</numerusform>
            <numerusform>قرارات سابقة: %n</numerusform>
            <numerusform>قرارات سابقة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts needing action</source>
        <translation>تنبيهات تتطلب إجراءً</translation>
    </message>
    <message>
        <source>Nothing to do on the open alerts.</source>
        <translation>لا شيء مطلوب بشأن التنبيهات المفتوحة.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>لا توجد مواعيد نهائية مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
            <numerusform>متأخر بـ %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>The Court’s recent decisions on non-cooperation</source>
        <translation>قرارات المحكمة الأخيرة بشأن عدم التعاون</translation>
    </message>
    <message>
        <source>Latest recorded visits</source>
        <translation>آخر الزيارات المسجلة</translation>
    </message>
    <message>
        <source>Received from your contacts</source>
        <translation>ما ورد من جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>Received from %1: %2</source>
        <translation>وارد من %1: %2</translation>
    </message>
    <message>
        <source>Received records that may be one with yours</source>
        <translation>سجلات واردة قد تكون هي نفسها سجلاتك</translation>
    </message>
    <message>
        <source>2 alerts may be the same visit</source>
        <translation>قد يتعلق تنبيهان بالزيارة نفسها</translation>
    </message>
    <message>
        <source>2 letters may be the same letter</source>
        <translation>قد تكون رسالتان هما الرسالة نفسها</translation>
    </message>
    <message>
        <source>2 activities may be the same activity</source>
        <translation>قد يكون نشاطان هما النشاط نفسه</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Findings view lists them all.</source>
        <translation>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة القرارات.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة القرارات.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة القرارات.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة القرارات.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة القرارات.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة القرارات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the Travel alerts view lists them all.</source>
        <translation>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة تنبيهات السفر.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة تنبيهات السفر.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة تنبيهات السفر.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة تنبيهات السفر.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة تنبيهات السفر.</numerusform>
            <numerusform>… وعددها الإضافي %n: تعرضها كلها قائمة تنبيهات السفر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (لم يُتحقق منه)</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <source>OBLIGED to arrest and surrender</source>
        <translation>ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>NOT OBLIGED to arrest and surrender</source>
        <translation>غير ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>On the last day of the visit:</source>
        <translation>في اليوم الأخير من الزيارة:</translation>
    </message>
    <message>
        <source>Earlier findings against this State</source>
        <translation>قرارات سابقة بشأن هذه الدولة</translation>
    </message>
    <message>
        <source>%n earlier, not shown here: show all</source>
        <translation>%n سابقة غير معروضة هنا: عرض الكل</translation>
    </message>
    <message>
        <source>This record was deleted. Use Edit ▸ Restore record to bring it back.</source>
        <translation>حُذف هذا السجل. استخدم تحرير ▸ استعادة السجل لإرجاعه.</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>عدّلته أنت</translation>
    </message>
    <message>
        <source>Reference record; the fields marked ✎ are yours and later reference releases keep them.</source>
        <translation>سجل مرجعي؛ الحقول المعلَّمة بـ ✎ من إدخالك وتحتفظ بها الإصدارات اللاحقة من البيانات المرجعية.</translation>
    </message>
    <message>
        <source>Reference record shipped with ncdesk; each fact cites its source.</source>
        <translation>سجل مرجعي مرفق بـ ncdesk؛ كل واقعة مشفوعة بمصدرها.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>إحاطة…</translation>
    </message>
    <message>
        <source>A briefing note on this record, as PDF or Word (Ctrl+B)</source>
        <translation>مذكرة إحاطة بشأن هذا السجل، بصيغة PDF أو Word (Ctrl+B)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>إجراءات</translation>
    </message>
    <message>
        <source>Open a record to see it here. Drop a file on a record to attach it.</source>
        <translation>افتح سجلاً لعرضه هنا. أفلت ملفاً على سجل لإرفاقه به.</translation>
    </message>
    <message>
        <source>Kept on this laptop only: never shared with the other focal points (Edit ▸ Keep on this laptop only).</source>
        <translation>محفوظ على هذا الحاسوب المحمول فقط: لا تتم مشاركته أبداً مع جهات التنسيق الأخرى (تحرير ▸ الإبقاء على هذا الحاسوب المحمول فقط).</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Add a contact first (Team ▸ Add contact…, from the card they sent you), or share everything with a passphrase for a one-off handover.</source>
        <translation>أضف جهة اتصال أولاً (الفريق ▸ إضافة جهة اتصال…، من البطاقة التي أرسلها إليك صاحبها)، أو شارك كل شيء بعبارة مرور لتسليم لمرة واحدة.</translation>
    </message>
    <message>
        <source>Wait: another operation is running.</source>
        <translation>انتظر: هناك عملية أخرى جارية.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>ncdesk package (*.ncpkg)</source>
        <translation>حزمة ncdesk (*.ncpkg)</translation>
    </message>
    <message>
        <source>Nothing was shared.</source>
        <translation>لم تتم مشاركة أي شيء.</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>لم تُكتب الحزمة</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>من لديه عبارة المرور</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shared with %1, in %2</source>
        <translation>
            <numerusform>عدد السجلات التي تمت مشاركتها مع %1: %n، في %2</numerusform>
            <numerusform>عدد السجلات التي تمت مشاركتها مع %1: %n، في %2</numerusform>
            <numerusform>عدد السجلات التي تمت مشاركتها مع %1: %n، في %2</numerusform>
            <numerusform>عدد السجلات التي تمت مشاركتها مع %1: %n، في %2</numerusform>
            <numerusform>عدد السجلات التي تمت مشاركتها مع %1: %n، في %2</numerusform>
            <numerusform>عدد السجلات التي تمت مشاركتها مع %1: %n، في %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing the package…</source>
        <translation>جارٍ ختم الحزمة…</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>جارٍ إعداد الحزمة…</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>جارٍ فتح الحزمة…</translation>
    </message>
    <message>
        <source>The package was not received</source>
        <translation>لم تُستلم الحزمة</translation>
    </message>
    <message>
        <source>This package is sealed with a passphrase. Type the passphrase it was given with.</source>
        <translation>هذه الحزمة مختومة بعبارة مرور. اكتب عبارة المرور التي أُعطيت لك معها.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>%1 is not one of your contacts, so the package cannot be trusted yet. Add them as a contact? You will see their card&apos;s fingerprint, to compare with them by phone first.</source>
        <translation>ليس %1 من جهات اتصالك، ولذا لا يمكن الوثوق بالحزمة بعد. هل تريد إضافته جهةَ اتصال؟ سترى بصمة بطاقته لتقارنها معه هاتفياً أولاً.</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>جارٍ الاستلام…</translation>
    </message>
    <message>
        <source>This package from %1 was received before.</source>
        <translation>سبق استلام هذه الحزمة من %1.</translation>
    </message>
    <message>
        <source>Received from %1:</source>
        <translation>وارد من %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>عدد التعارضات المحسومة: %n</numerusform>
            <numerusform>عدد التعارضات المحسومة: %n</numerusform>
            <numerusform>عدد التعارضات المحسومة: %n</numerusform>
            <numerusform>عدد التعارضات المحسومة: %n</numerusform>
            <numerusform>عدد التعارضات المحسومة: %n</numerusform>
            <numerusform>عدد التعارضات المحسومة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange with the other focal points</source>
        <translation>التبادل مع جهات التنسيق الأخرى</translation>
    </message>
    <message>
        <source>No exchange folder: packages are shared and received as files (File ▸ Share…, Receive…).</source>
        <translation>لا يوجد مجلد تبادل: تُشارَك الحزم وتُستلم كملفات (ملف ▸ مشاركة…، استلام…).</translation>
    </message>
    <message>
        <source>Exchange folder: %1 (picked up at start and every few minutes).</source>
        <translation>مجلد التبادل: %1 (يُستلم منه عند التشغيل وكل بضع دقائق).</translation>
    </message>
    <message>
        <source>Exchange folder: %1 (automatic exchange off).</source>
        <translation>مجلد التبادل: %1 (التبادل التلقائي متوقف).</translation>
    </message>
    <message>
        <source>Exchange folder…</source>
        <translation>مجلد التبادل…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in the exchange folder refused: %1</source>
        <translation>
            <numerusform>عدد الحزم المرفوضة في مجلد التبادل: %n؛ %1</numerusform>
            <numerusform>عدد الحزم المرفوضة في مجلد التبادل: %n؛ %1</numerusform>
            <numerusform>عدد الحزم المرفوضة في مجلد التبادل: %n؛ %1</numerusform>
            <numerusform>عدد الحزم المرفوضة في مجلد التبادل: %n؛ %1</numerusform>
            <numerusform>عدد الحزم المرفوضة في مجلد التبادل: %n؛ %1</numerusform>
            <numerusform>عدد الحزم المرفوضة في مجلد التبادل: %n؛ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) wait for your decision (Team view).</source>
        <translation>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n (عرض الفريق).</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n (عرض الفريق).</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n (عرض الفريق).</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n (عرض الفريق).</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n (عرض الفريق).</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n (عرض الفريق).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to the exchange folder.</source>
        <translation>
            <numerusform>عدد السجلات المكتوبة في مجلد التبادل: %n.</numerusform>
            <numerusform>عدد السجلات المكتوبة في مجلد التبادل: %n.</numerusform>
            <numerusform>عدد السجلات المكتوبة في مجلد التبادل: %n.</numerusform>
            <numerusform>عدد السجلات المكتوبة في مجلد التبادل: %n.</numerusform>
            <numerusform>عدد السجلات المكتوبة في مجلد التبادل: %n.</numerusform>
            <numerusform>عدد السجلات المكتوبة في مجلد التبادل: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange folder could not be read or written: %1</source>
        <translation>تعذّرت القراءة من مجلد التبادل أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>جارٍ التبادل…</translation>
    </message>
    <message>
        <source>Kept on this laptop only: never shared.</source>
        <translation>محفوظ على هذا الحاسوب المحمول فقط: لا تتم مشاركته أبداً.</translation>
    </message>
    <message>
        <source>Shared with your contacts again.</source>
        <translation>تُستأنف مشاركته مع جهات اتصالك.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange folder</source>
        <translation>مجلد التبادل</translation>
    </message>
    <message>
        <source>A folder that your sync tool (OneDrive, SharePoint, Nextcloud, Syncthing) copies between the focal points&apos; laptops. ncdesk writes your packages there, sealed for each contact, and picks up the packages addressed to you.</source>
        <translation>مجلد تنسخه أداة المزامنة لديك (OneDrive أو SharePoint أو Nextcloud أو Syncthing) بين الحواسيب المحمولة لجهات التنسيق. يكتب ncdesk فيه حزمك، مختومةً لكل جهة اتصال، ويستلم منه الحزم الموجهة إليك.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Send and pick up automatically (at start, after changes and every few minutes)</source>
        <translation>الإرسال والاستلام تلقائياً (عند التشغيل، وبعد التغييرات، وكل بضع دقائق)</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>اختيار مجلد التبادل</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلداً.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export the calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>The calendar was written but not recorded</source>
        <translation>كُتب التقويم لكن لم يُسجَّل</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to the calendar.</source>
        <translation>
            <numerusform>عدد الأحداث المكتوبة في التقويم: %n.</numerusform>
            <numerusform>عدد الأحداث المكتوبة في التقويم: %n.</numerusform>
            <numerusform>عدد الأحداث المكتوبة في التقويم: %n.</numerusform>
            <numerusform>عدد الأحداث المكتوبة في التقويم: %n.</numerusform>
            <numerusform>عدد الأحداث المكتوبة في التقويم: %n.</numerusform>
            <numerusform>عدد الأحداث المكتوبة في التقويم: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>إرفاق ملفات بهذا السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>عدد الملفات المرفقة: %n.</numerusform>
            <numerusform>عدد الملفات المرفقة: %n.</numerusform>
            <numerusform>عدد الملفات المرفقة: %n.</numerusform>
            <numerusform>عدد الملفات المرفقة: %n.</numerusform>
            <numerusform>عدد الملفات المرفقة: %n.</numerusform>
            <numerusform>عدد الملفات المرفقة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>جارٍ الإرفاق…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>ملف مفقود</translation>
    </message>
    <message>
        <source>The file %1 is no longer in the data folder.</source>
        <translation>لم يعد الملف %1 موجوداً في مجلد البيانات.</translation>
    </message>
    <message>
        <source>Save a decrypted copy of %1</source>
        <translation>حفظ نسخة مفكوكة التشفير من %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <source>Saved a decrypted copy to %1</source>
        <translation>حُفظت نسخة مفكوكة التشفير في %1</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>تصدير الكل بصيغة JSON</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>Open the table of persons, findings, travel alerts, letters or activities first.</source>
        <translation>افتح أولاً جدول الأشخاص أو القرارات أو تنبيهات السفر أو الرسائل أو الأنشطة.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>تصدير كمصنف Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FindingsPlot</name>
    <message>
        <source>Communications on non-cooperation per year, by situation. Click a bar to filter.</source>
        <translation>الرسائل المتعلقة بعدم التعاون حسب السنة والحالة. انقر على عمود للتصفية.</translation>
    </message>
    <message>
        <source>No communications recorded.</source>
        <translation>لا توجد رسائل مسجلة.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>All situations</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>جميع الدول</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>جميع السنوات</translation>
    </message>
    <message>
        <source>Referred anywhere</source>
        <translation>محالة إلى أي جهة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>استيراد السجلات</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (.xlsx) or JSON file.</source>
        <translation>اختر ملف CSV أو Excel (.xlsx) أو JSON.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Kind: from the file</source>
        <translation>النوع: حسب الملف</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>حفظ نموذج…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import records from a file</source>
        <translation>استيراد السجلات من ملف</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Questions: %n to answer before the import (choose in the Answer column)</source>
        <translation>
            <numerusform>الأ&amp;سئلة: %n تنتظر الإجابة قبل الاستيراد (اختر في عمود الإجابة)</numerusform>
            <numerusform>الأ&amp;سئلة: %n تنتظر الإجابة قبل الاستيراد (اختر في عمود الإجابة)</numerusform>
            <numerusform>الأ&amp;سئلة: %n تنتظر الإجابة قبل الاستيراد (اختر في عمود الإجابة)</numerusform>
            <numerusform>الأ&amp;سئلة: %n تنتظر الإجابة قبل الاستيراد (اختر في عمود الإجابة)</numerusform>
            <numerusform>الأ&amp;سئلة: %n تنتظر الإجابة قبل الاستيراد (اختر في عمود الإجابة)</numerusform>
            <numerusform>الأ&amp;سئلة: %n تنتظر الإجابة قبل الاستيراد (اختر في عمود الإجابة)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Questions: all answered (once imported, the answers are kept for files with these columns)</source>
        <translation>الأ&amp;سئلة: أُجيب عنها كلها (بعد الاستيراد تُحفظ الإجابات للملفات التي لها هذه الأعمدة)</translation>
    </message>
    <message>
        <source>Wait until the work in progress finishes.</source>
        <translation>انتظر حتى ينتهي العمل الجاري.</translation>
    </message>
    <message numerus="yes">
        <source>%1%2 (%n row(s))</source>
        <translation>
            <numerusform>%1%2 (عدد الصفوف: %n)</numerusform>
            <numerusform>%1%2 (عدد الصفوف: %n)</numerusform>
            <numerusform>%1%2 (عدد الصفوف: %n)</numerusform>
            <numerusform>%1%2 (عدد الصفوف: %n)</numerusform>
            <numerusform>%1%2 (عدد الصفوف: %n)</numerusform>
            <numerusform>%1%2 (عدد الصفوف: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): correct them in the file, then choose it again</source>
        <translation>
            <numerusform>عدد المشكلات: %n؛ صحّحها في الملف ثم اختره مجدداً</numerusform>
            <numerusform>عدد المشكلات: %n؛ صحّحها في الملف ثم اختره مجدداً</numerusform>
            <numerusform>عدد المشكلات: %n؛ صحّحها في الملف ثم اختره مجدداً</numerusform>
            <numerusform>عدد المشكلات: %n؛ صحّحها في الملف ثم اختره مجدداً</numerusform>
            <numerusform>عدد المشكلات: %n؛ صحّحها في الملف ثم اختره مجدداً</numerusform>
            <numerusform>عدد المشكلات: %n؛ صحّحها في الملف ثم اختره مجدداً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) wait for the answers above</source>
        <translation>
            <numerusform>عدد الخلايا التي تنتظر الإجابات أعلاه: %n</numerusform>
            <numerusform>عدد الخلايا التي تنتظر الإجابات أعلاه: %n</numerusform>
            <numerusform>عدد الخلايا التي تنتظر الإجابات أعلاه: %n</numerusform>
            <numerusform>عدد الخلايا التي تنتظر الإجابات أعلاه: %n</numerusform>
            <numerusform>عدد الخلايا التي تنتظر الإجابات أعلاه: %n</numerusform>
            <numerusform>عدد الخلايا التي تنتظر الإجابات أعلاه: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
        <source>%1. Answer the questions below, then import.</source>
        <translation>%1. أجب عن الأسئلة أدناه ثم استورد.</translation>
    </message>
    <message>
        <source>%1. Nothing can be imported until every problem below is corrected in the file.</source>
        <translation>%1. لا يمكن استيراد أي شيء قبل تصحيح كل المشكلات الواردة أدناه في الملف.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n للإضافة</numerusform>
            <numerusform>%n للإضافة</numerusform>
            <numerusform>%n للإضافة</numerusform>
            <numerusform>%n للإضافة</numerusform>
            <numerusform>%n للإضافة</numerusform>
            <numerusform>%n للإضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n للتحديث</numerusform>
            <numerusform>%n للتحديث</numerusform>
            <numerusform>%n للتحديث</numerusform>
            <numerusform>%n للتحديث</numerusform>
            <numerusform>%n للتحديث</numerusform>
            <numerusform>%n للتحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded</source>
        <translation>
            <numerusform>%n مسجَّلة بالفعل</numerusform>
            <numerusform>%n مسجَّلة بالفعل</numerusform>
            <numerusform>%n مسجَّلة بالفعل</numerusform>
            <numerusform>%n مسجَّلة بالفعل</numerusform>
            <numerusform>%n مسجَّلة بالفعل</numerusform>
            <numerusform>%n مسجَّلة بالفعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer here)</source>
        <translation>
            <numerusform>%n محتفَظ بها (أحدث هنا)</numerusform>
            <numerusform>%n محتفَظ بها (أحدث هنا)</numerusform>
            <numerusform>%n محتفَظ بها (أحدث هنا)</numerusform>
            <numerusform>%n محتفَظ بها (أحدث هنا)</numerusform>
            <numerusform>%n محتفَظ بها (أحدث هنا)</numerusform>
            <numerusform>%n محتفَظ بها (أحدث هنا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n فيها مشكلات</numerusform>
            <numerusform>%n فيها مشكلات</numerusform>
            <numerusform>%n فيها مشكلات</numerusform>
            <numerusform>%n فيها مشكلات</numerusform>
            <numerusform>%n فيها مشكلات</numerusform>
            <numerusform>%n فيها مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n لم يُتحقق منها</numerusform>
            <numerusform>%n لم يُتحقق منها</numerusform>
            <numerusform>%n لم يُتحقق منها</numerusform>
            <numerusform>%n لم يُتحقق منها</numerusform>
            <numerusform>%n لم يُتحقق منها</numerusform>
            <numerusform>%n لم يُتحقق منها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s)</source>
        <translation>
            <numerusform>؛ عدد المشكلات: %n</numerusform>
            <numerusform>؛ عدد المشكلات: %n</numerusform>
            <numerusform>؛ عدد المشكلات: %n</numerusform>
            <numerusform>؛ عدد المشكلات: %n</numerusform>
            <numerusform>؛ عدد المشكلات: %n</numerusform>
            <numerusform>؛ عدد المشكلات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
            <numerusform>%n مضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n محدَّثة</numerusform>
            <numerusform>%n محدَّثة</numerusform>
            <numerusform>%n محدَّثة</numerusform>
            <numerusform>%n محدَّثة</numerusform>
            <numerusform>%n محدَّثة</numerusform>
            <numerusform>%n محدَّثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (incl. reference)</source>
        <translation>
            <numerusform>%n دون تغيير (بما فيها المرجعية)</numerusform>
            <numerusform>%n دون تغيير (بما فيها المرجعية)</numerusform>
            <numerusform>%n دون تغيير (بما فيها المرجعية)</numerusform>
            <numerusform>%n دون تغيير (بما فيها المرجعية)</numerusform>
            <numerusform>%n دون تغيير (بما فيها المرجعية)</numerusform>
            <numerusform>%n دون تغيير (بما فيها المرجعية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (local newer)</source>
        <translation>
            <numerusform>%n محتفَظ بها (النسخة المحلية أحدث)</numerusform>
            <numerusform>%n محتفَظ بها (النسخة المحلية أحدث)</numerusform>
            <numerusform>%n محتفَظ بها (النسخة المحلية أحدث)</numerusform>
            <numerusform>%n محتفَظ بها (النسخة المحلية أحدث)</numerusform>
            <numerusform>%n محتفَظ بها (النسخة المحلية أحدث)</numerusform>
            <numerusform>%n محتفَظ بها (النسخة المحلية أحدث)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Imported: %1. Edit ▸ Undo takes the whole import back.</source>
        <translation>تم الاستيراد: %1. تحرير ▸ تراجع يلغي الاستيراد كله.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s). Edit ▸ Undo takes the whole import back.</source>
        <translation>
            <numerusform>عدد السجلات المستوردة: %n. تحرير ▸ تراجع يلغي الاستيراد كله.</numerusform>
            <numerusform>عدد السجلات المستوردة: %n. تحرير ▸ تراجع يلغي الاستيراد كله.</numerusform>
            <numerusform>عدد السجلات المستوردة: %n. تحرير ▸ تراجع يلغي الاستيراد كله.</numerusform>
            <numerusform>عدد السجلات المستوردة: %n. تحرير ▸ تراجع يلغي الاستيراد كله.</numerusform>
            <numerusform>عدد السجلات المستوردة: %n. تحرير ▸ تراجع يلغي الاستيراد كله.</numerusform>
            <numerusform>عدد السجلات المستوردة: %n. تحرير ▸ تراجع يلغي الاستيراد كله.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the records changed since the preview.</source>
        <translation>لم يُستورد شيء: تغيّرت السجلات منذ المعاينة.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>لم يتم الاستيراد</translation>
    </message>
    <message>
        <source>Save the import template of %1</source>
        <translation>حفظ نموذج الاستيراد لـ %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be written</source>
        <translation>تعذرت كتابة النموذج</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>ncdesk is locked</source>
        <translation>ncdesk مقفل</translation>
    </message>
    <message>
        <source>The database is closed and its key forgotten. Type the passphrase to go on where you left off.</source>
        <translation>قاعدة البيانات مغلقة ومفتاحها ممحو. اكتب عبارة المرور لمتابعة العمل من حيث توقفت.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ncdesk — non-cooperation</source>
        <translation>ncdesk — عدم التعاون</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Situations and cases</source>
        <translation>الحالات والقضايا</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>Travel alerts</source>
        <translation>تنبيهات السفر</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Assembly documents</source>
        <translation>وثائق الجمعية</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>New record of this kind…</source>
        <translation>سجل جديد من هذا النوع…</translation>
    </message>
    <message>
        <source>&amp;Attach file to this record…</source>
        <translation>&amp;إرفاق ملف بهذا السجل…</translation>
    </message>
    <message>
        <source>&amp;Brief this record…</source>
        <translation>&amp;مذكرة إحاطة بشأن هذا السجل…</translation>
    </message>
    <message>
        <source>Meeting &amp;pack of the selected records…</source>
        <translation>ملف ا&amp;جتماع للسجلات المحددة…</translation>
    </message>
    <message>
        <source>Draft &amp;report of the Bureau…</source>
        <translation>مشروع &amp;تقرير المكتب…</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;تصدير الكل بصيغة JSON…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>م&amp;شاركة…</translation>
    </message>
    <message>
        <source>Recei&amp;ve…</source>
        <translation>است&amp;لام…</translation>
    </message>
    <message>
        <source>Exchange &amp;folder…</source>
        <translation>مجلد ال&amp;تبادل…</translation>
    </message>
    <message>
        <source>Export as E&amp;xcel workbook…</source>
        <translation>تصدير كمصنف E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export this table as &amp;CSV…</source>
        <translation>تصدير هذا الجدول بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Save an import &amp;template</source>
        <translation>حفظ &amp;نموذج استيراد</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ن&amp;سخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation>فتح م&amp;جلد البيانات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Edit this record…</source>
        <translation>&amp;تحرير هذا السجل…</translation>
    </message>
    <message>
        <source>Add a &amp;warrant to this person…</source>
        <translation>إضافة &amp;أمر لهذا الشخص…</translation>
    </message>
    <message>
        <source>Add a &amp;party-status event to this State…</source>
        <translation>إضافة حدث يتعلق بـ&amp;صفة الطرف لهذه الدولة…</translation>
    </message>
    <message>
        <source>&amp;Delete this record…</source>
        <translation>&amp;حذف هذا السجل…</translation>
    </message>
    <message>
        <source>&amp;Restore this record</source>
        <translation>ا&amp;ستعادة هذا السجل</translation>
    </message>
    <message>
        <source>&amp;Keep on this laptop only</source>
        <translation>الإ&amp;بقاء على هذا الحاسوب المحمول فقط</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>ا&amp;لبحث في كل شيء…</translation>
    </message>
    <message>
        <source>&amp;Filter this table</source>
        <translation>&amp;تصفية هذا الجدول</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ت&amp;قدم</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحدي&amp;ث</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>ت&amp;نبيهات</translation>
    </message>
    <message>
        <source>&amp;New travel alert…</source>
        <translation>تنبيه سفر &amp;جديد…</translation>
    </message>
    <message>
        <source>Next &amp;step of this alert…</source>
        <translation>ال&amp;خطوة التالية لهذا التنبيه…</translation>
    </message>
    <message>
        <source>Shared with the &amp;Court…</source>
        <translation>أُبلغ إلى ال&amp;محكمة…</translation>
    </message>
    <message>
        <source>Record the President&apos;s &amp;letter…</source>
        <translation>تسجيل &amp;رسالة الرئيس…</translation>
    </message>
    <message>
        <source>&amp;Draft the letter (Word)…</source>
        <translation>صيا&amp;غة الرسالة (Word)…</translation>
    </message>
    <message>
        <source>&amp;Reopen this alert</source>
        <translation>إعادة &amp;فتح هذا التنبيه</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;دمج مع…</translation>
    </message>
    <message>
        <source>Add a &amp;procedure step…</source>
        <translation>إضافة خطوة &amp;إجرائية…</translation>
    </message>
    <message>
        <source>Add a dead&amp;line…</source>
        <translation>إضافة م&amp;وعد نهائي…</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>&amp;نشاط جديد…</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>تصدير ال&amp;تقويم (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About ncdesk</source>
        <translation>&amp;حول ncdesk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>ncdesk — non-cooperation (read-only)</source>
        <translation>ncdesk — عدم التعاون (للقراءة فقط)</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>لم يعد هذا السجل موجوداً.</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>جارٍ قراءة الجدول…</translation>
    </message>
    <message>
        <source>It did not work</source>
        <translation>لم تنجح العملية</translation>
    </message>
    <message>
        <source>&lt;b&gt;ncdesk %1&lt;/b&gt;&lt;br&gt;The offline desk of the focal points on non-cooperation of the Assembly of States Parties to the Rome Statute.&lt;br&gt;&lt;br&gt;Data folder: %2&lt;br&gt;Database: %3&lt;br&gt;Reference data: %4</source>
        <translation>&lt;b&gt;ncdesk %1&lt;/b&gt;&lt;br&gt;المكتب غير المتصل بالإنترنت لجهات التنسيق المعنية بعدم التعاون التابعة لجمعية الدول الأطراف في نظام روما الأساسي.&lt;br&gt;&lt;br&gt;مجلد البيانات: %2&lt;br&gt;قاعدة البيانات: %3&lt;br&gt;البيانات المرجعية: %4</translation>
    </message>
    <message>
        <source>About ncdesk</source>
        <translation>حول ncdesk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with…</source>
        <translation>دمج مع…</translation>
    </message>
    <message>
        <source>One record is kept for both: the steps, shares with the Court, letters, destinations, attached files and notes of both. The other is not deleted: its id leads to the one kept.</source>
        <translation>يُحتفظ بسجل واحد للاثنين، بما فيه من خطوات وإبلاغات إلى المحكمة ورسائل ووجهات وملفات مرفقة وملاحظات لكليهما. ولا يُحذف الآخر: بل يقود معرّفه إلى السجل المحتفظ به.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge with:</source>
        <translation>دمج مع:</translation>
    </message>
    <message>
        <source>No other record to merge with.</source>
        <translation>لا يوجد سجل آخر للدمج معه.</translation>
    </message>
    <message>
        <source>No field to choose: they agree where both are set.</source>
        <translation>لا حقل للاختيار: يتفقان حيث يكون لكليهما قيمة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This one&lt;/b&gt;</source>
        <translation>&lt;b&gt;هذا&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other&lt;/b&gt;</source>
        <translation>&lt;b&gt;الآخر&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Wait until this is finished: %1</source>
        <translation>انتظر حتى ينتهي هذا: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>إظهار ما أكتبه</translation>
    </message>
    <message>
        <source>At least %1 characters; a sentence you will remember is best. Without the passphrase the data cannot be recovered: nobody, not even the ncdesk team, can open it.</source>
        <translation>%1 حرفاً على الأقل؛ والأفضل جملة تتذكرها. بدون عبارة المرور لا يمكن استرداد البيانات: لا أحد، ولا حتى فريق ncdesk، يستطيع فتحها.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>Choose a stronger one, or press OK again to use it anyway.</source>
        <translation>اختر عبارة أقوى، أو اضغط موافق مرة أخرى لاستخدامها رغم ذلك.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>معاينة: %1</translation>
    </message>
    <message>
        <source>May be one with a record here: %1 (received) and %2 (here)</source>
        <translation>قد يكون هو نفسه سجلاً موجوداً هنا: %1 (وارد) و%2 (هنا)</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>استلام حزمة</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>كل قيمي</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>كل قيم المرسِل</translation>
    </message>
    <message>
        <source>The same field was changed here and by the sender. For each, keep yours or take theirs.</source>
        <translation>عُدِّل الحقل نفسه هنا ولدى المرسِل. في كل حالة، أبقِ على قيمتك أو خذ قيمة المرسِل.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>الإضافات (%1)</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>التحديثات (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>المحذوفات (%1)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>From %1, made %2.</source>
        <translation>من %1، أُنشئت في %2.</translation>
    </message>
    <message>
        <source>This package was received before: nothing to do.</source>
        <translation>سبق استلام هذه الحزمة: لا شيء يلزم فعله.</translation>
    </message>
    <message>
        <source>Reference release %1 (%2 rows) from the publisher: applied like a bundled one, your edits kept.</source>
        <translation>إصدار البيانات المرجعية %1 (عدد الصفوف: %2) من الناشر: يُطبَّق كالإصدار المرفق بـ ncdesk، مع الإبقاء على تعديلاتك.</translation>
    </message>
    <message>
        <source>It changes nothing here.</source>
        <translation>لا تغيّر شيئاً هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
            <numerusform>عدد السجلات المضافة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated</source>
        <translation>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
            <numerusform>عدد الحقول المحدَّثة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
            <numerusform>عدد السجلات المحذوفة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>عدد التعارضات التي يلزم حسمها: %n</numerusform>
            <numerusform>عدد التعارضات التي يلزم حسمها: %n</numerusform>
            <numerusform>عدد التعارضات التي يلزم حسمها: %n</numerusform>
            <numerusform>عدد التعارضات التي يلزم حسمها: %n</numerusform>
            <numerusform>عدد التعارضات التي يلزم حسمها: %n</numerusform>
            <numerusform>عدد التعارضات التي يلزم حسمها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to decide.</source>
        <translation>
            <numerusform>عدد التعارضات التي لم تُحسم بعد: %n.</numerusform>
            <numerusform>عدد التعارضات التي لم تُحسم بعد: %n.</numerusform>
            <numerusform>عدد التعارضات التي لم تُحسم بعد: %n.</numerusform>
            <numerusform>عدد التعارضات التي لم تُحسم بعد: %n.</numerusform>
            <numerusform>عدد التعارضات التي لم تُحسم بعد: %n.</numerusform>
            <numerusform>عدد التعارضات التي لم تُحسم بعد: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>للإضافة</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>للتحديث</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>مسجلة من قبل</translation>
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation>محتفَظ بها (أحدث هنا)</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>بها مشكلات</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>للإضافة</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>مسجل من قبل</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Choose an answer…</source>
        <translation>اختر إجابة…</translation>
    </message>
    <message>
        <source>F2, or a letter, to choose; Enter to confirm.</source>
        <translation>F2 أو حرف للاختيار؛ Enter للتأكيد.</translation>
    </message>
    <message>
        <source>Any column</source>
        <translation>أي عمود</translation>
    </message>
    <message>
        <source>Which column is this?</source>
        <translation>ما هذا العمود؟</translation>
    </message>
    <message>
        <source>In which order are the dates?</source>
        <translation>بأي ترتيب كُتبت التواريخ؟</translation>
    </message>
    <message>
        <source>%1: which State?</source>
        <translation>%1: أي دولة؟</translation>
    </message>
    <message>
        <source>%1: which person?</source>
        <translation>%1: أي شخص؟</translation>
    </message>
    <message>
        <source>%1: which situation?</source>
        <translation>%1: أي حالة؟</translation>
    </message>
    <message>
        <source>%1: which case?</source>
        <translation>%1: أي قضية؟</translation>
    </message>
    <message>
        <source>%1: which value?</source>
        <translation>%1: أي قيمة؟</translation>
    </message>
    <message>
        <source>answered before, for a file with these columns</source>
        <translation>أُجيب عنه من قبل لملف له هذه الأعمدة</translation>
    </message>
    <message numerus="yes">
        <source>(%n cell(s))</source>
        <translation>
            <numerusform>(عدد الخلايا: %n)</numerusform>
            <numerusform>(عدد الخلايا: %n)</numerusform>
            <numerusform>(عدد الخلايا: %n)</numerusform>
            <numerusform>(عدد الخلايا: %n)</numerusform>
            <numerusform>(عدد الخلايا: %n)</numerusform>
            <numerusform>(عدد الخلايا: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>تجاهل هذا العمود</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>اليوم أولاً: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>الشهر أولاً: %1</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ليس تاريخاً</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Records of this kind are not added by hand.</source>
        <translation>لا تُضاف السجلات من هذا النوع يدوياً.</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the tables and the search; Edit ▸ Restore brings it back.</source>
        <translation>حذف «%1»؟ سيختفي من الجداول ومن البحث؛ ويعيده تحرير ▸ استعادة.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>أُعيد: %1</translation>
    </message>
    <message>
        <source>It cannot be undone</source>
        <translation>لا يمكن التراجع</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>جارٍ التراجع…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>جارٍ الإعادة…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>party status event</source>
        <translation>حدث يتعلق بصفة الطرف</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>جديد: %1…</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>فتحه</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>الحفظ على أي حال</translation>
    </message>
    <message>
        <source>One per line, e.g. ICC-02/05-01/09-309-ENG</source>
        <translation>واحد في كل سطر، مثل ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>2025-04-03 / 3 April 2025</source>
        <translation>2025-04-03 / 3 نيسان/أبريل 2025</translation>
    </message>
    <message>
        <source>3 April 2025, 3–6 April 2025, mid-October 2025, April 2025…</source>
        <translation>3 نيسان/أبريل 2025، 3–6 نيسان/أبريل 2025، منتصف تشرين الأول/أكتوبر 2025، نيسان/أبريل 2025…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>To save, complete or correct: %1</source>
        <translation>للحفظ، أكمل أو صحّح: %1</translation>
    </message>
    <message>
        <source>Already recorded: open the record, or save this one anyway.</source>
        <translation>مسجل من قبل: افتح السجل أو احفظ هذا على أي حال.</translation>
    </message>
    <message>
        <source>obliged to arrest and surrender</source>
        <translation>ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>غير ملزمة</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s) against it</source>
        <translation>
            <numerusform>قرارات سابقة بحقها: %n</numerusform>
            <numerusform>قرارات سابقة بحقها: %n</numerusform>
            <numerusform>قرارات سابقة بحقها: %n</numerusform>
            <numerusform>قرارات سابقة بحقها: %n</numerusform>
            <numerusform>قرارات سابقة بحقها: %n</numerusform>
            <numerusform>قرارات سابقة بحقها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Already recorded: %1</source>
        <translation>مسجل من قبل: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(وغيره: %n)</numerusform>
            <numerusform>(وغيره: %n)</numerusform>
            <numerusform>(وغيره: %n)</numerusform>
            <numerusform>(وغيره: %n)</numerusform>
            <numerusform>(وغيره: %n)</numerusform>
            <numerusform>(وغيره: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>مطلوب.</translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed is still here.</source>
        <translation>لم يُحفظ: %1 ما كتبته لا يزال هنا.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Type to search, or press Down for a list</source>
        <translation>اكتب للبحث، أو اضغط السهم لأسفل لعرض قائمة</translation>
    </message>
    <message>
        <source>Type part of a name to find it; Down and Up move in the list, Enter chooses, Escape closes the list. With nothing typed, Down lists the current and the recent ones.</source>
        <translation>اكتب جزءًا من الاسم للعثور عليه؛ يتنقّل السهمان لأعلى ولأسفل في القائمة، ويختار مفتاح الإدخال، ويغلق مفتاح الهروب القائمة. ومن دون كتابة شيء، يعرض السهم لأسفل الحالي والأحدث.</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>عرض القائمة</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Filter (Ctrl+F): words in any field, accents and case ignored</source>
        <translation>تصفية (Ctrl+F): كلمات في أي حقل، مع تجاهل التشكيل وحالة الأحرف</translation>
    </message>
</context>
<context>
    <name>RefListWidget</name>
    <message>
        <source>Type a name, then Enter</source>
        <translation>اكتب اسماً ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>المختار: %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>المختارة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What is in ncdesk now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>اختر النسخة الاحتياطية التي تريد العودة إليها. يُنسخ محتوى ncdesk الحالي أولاً، بحيث يمكن التراجع عن الاستعادة نفسها باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>جارٍ فحص النسخ الاحتياطية…</translation>
    </message>
    <message numerus="yes">
        <source>sound, %n record(s)</source>
        <translation>
            <numerusform>سليمة، عدد السجلات: %n</numerusform>
            <numerusform>سليمة، عدد السجلات: %n</numerusform>
            <numerusform>سليمة، عدد السجلات: %n</numerusform>
            <numerusform>سليمة، عدد السجلات: %n</numerusform>
            <numerusform>سليمة، عدد السجلات: %n</numerusform>
            <numerusform>سليمة، عدد السجلات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT USABLE: </source>
        <translation>غير صالحة للاستخدام: </translation>
    </message>
    <message>
        <source>There are no backups yet. File ▸ Back up now makes one.</source>
        <translation>لا توجد نسخ احتياطية بعد. ملف ▸ نسخ احتياطي الآن ينشئ واحدة.</translation>
    </message>
    <message>
        <source>Go back to the copy moved aside as damaged on %1? It passed its check. Everything in ncdesk now will be replaced; the present database is backed up first, and the copy stays where it is.</source>
        <translation>هل تريد العودة إلى النسخة التي نُحّيت جانباً لأنها تالفة في %1؟ لقد اجتازت الفحص. سيُستبدل كل ما في ncdesk الآن؛ تُنسخ قاعدة البيانات الحالية احتياطياً أولاً، وتبقى النسخة في مكانها.</translation>
    </message>
    <message>
        <source>Go back to the backup of %1? Everything recorded since then will be replaced; the present database is backed up first.</source>
        <translation>العودة إلى النسخة الاحتياطية المؤرخة %1؟ سيُستبدل كل ما سُجّل منذ ذلك الحين؛ ويُنسخ احتياطياً أولاً ما في قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept in %2.</source>
        <translation>استُعيدت النسخة الاحتياطية المؤرخة %1. وحُفظت قاعدة البيانات كما كانت في %2.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>A name, a State, a document number… (accents and case ignored)</source>
        <translation>اسم، دولة، رقم وثيقة… (مع تجاهل التشكيل وحالة الأحرف)</translation>
    </message>
    <message>
        <source>Type to search every kind of record. Enter opens the selected result.</source>
        <translation>اكتب للبحث في جميع أنواع السجلات. يفتح Enter النتيجة المحددة.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>لا شيء يطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
            <numerusform>عدد النتائج: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>The records are shown again when it is done. Do not switch the computer off.</source>
        <translation>ستُعرض السجلات من جديد عند الانتهاء. لا تُطفئ الحاسوب.</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>تشفير قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Choose a passphrase. The database, its backups and the files attached to records will be encrypted with it, and ncdesk will ask for it at every start and after the idle lock.</source>
        <translation>اختر عبارة مرور. ستُشفَّر بها قاعدة البيانات ونسخها الاحتياطية والملفات المرفقة بالسجلات، وسيطلبها ncdesk عند كل تشغيل وبعد القفل بسبب الخمول.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>تشفير</translation>
    </message>
    <message>
        <source>Remove the copies that stay readable?</source>
        <translation>هل تريد حذف النسخ التي تبقى قابلة للقراءة؟</translation>
    </message>
    <message>
        <source>These copies in the data folder are too damaged to be encrypted: anyone who has this computer&apos;s files could read what is left in them. They may hold records that no backup has; once removed, they are gone.

Remove them?</source>
        <translation>هذه النسخ الموجودة في مجلد البيانات تالفة إلى حد يتعذّر معه تشفيرها: يمكن لأي شخص لديه ملفات هذا الحاسوب قراءة ما تبقى فيها. وقد تحتوي على سجلات لا توجد في أي نسخة احتياطية؛ وإذا حُذفت، ضاعت نهائياً.

هل تريد حذفها؟</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>قاعدة البيانات مشفرة.</translation>
    </message>
    <message>
        <source>Delete these files yourself once you no longer need them, or run ncdesk encrypt --remove-unreadable.</source>
        <translation>احذف هذه الملفات بنفسك متى لم تعد بحاجة إليها، أو شغّل ncdesk encrypt --remove-unreadable.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the data cannot be recovered.</source>
        <translation>احفظ عبارة المرور في مكان آمن: لا يمكن استرداد البيانات بدونها.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice. The backups are re-encrypted too.</source>
        <translation>اكتب عبارة المرور الحالية، ثم الجديدة مرتين. يُعاد تشفير النسخ الاحتياطية أيضاً.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>إزالة التشفير</translation>
    </message>
    <message>
        <source>The database, its backups and attached files will be written in clear: anyone who gets this computer&apos;s files could read them. Remove the encryption?</source>
        <translation>ستُكتب قاعدة البيانات ونسخها الاحتياطية والملفات المرفقة دون تشفير: يمكن لأي شخص يحصل على ملفات هذا الحاسوب قراءتها. هل تريد إزالة التشفير؟</translation>
    </message>
    <message>
        <source>Type the passphrase to confirm.</source>
        <translation>اكتب عبارة المرور للتأكيد.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>إزالة التشفير</translation>
    </message>
    <message>
        <source>The database is no longer encrypted.</source>
        <translation>لم تعد قاعدة البيانات مشفرة.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>ncdesk — locked</source>
        <translation>ncdesk — مقفل</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Encrypt this database…</source>
        <translation>تشفير قاعدة البيانات هذه…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Remove encryption…</source>
        <translation>إزالة التشفير…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>Lock when idle after</source>
        <translation>القفل بعد خمول مدته</translation>
    </message>
    <message>
        <source>This database, its backups and attached files are encrypted. ncdesk locks itself when idle and asks for the passphrase again.</source>
        <translation>قاعدة البيانات هذه ونسخها الاحتياطية والملفات المرفقة مشفرة. يُقفل ncdesk نفسه عند الخمول ويطلب عبارة المرور من جديد.</translation>
    </message>
    <message>
        <source>This database is not encrypted: anyone who gets this computer&apos;s files can read it. Encrypt it on a laptop you travel with.</source>
        <translation>قاعدة البيانات هذه غير مشفرة: يمكن لأي شخص يحصل على ملفات هذا الحاسوب قراءتها. شفّرها على الحاسوب المحمول الذي تسافر به.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Classification marking of exports</source>
        <translation>درجة سرية الملفات المصدَّرة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (لم يُتحقق منها)</translation>
    </message>
    <message>
        <source>Instead: a passphrase for a one-off handover</source>
        <translation>بدلاً من ذلك: عبارة مرور لتسليم لمرة واحدة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>What changed since the last package to them</source>
        <translation>ما تغيّر منذ آخر حزمة أُرسلت إليهم</translation>
    </message>
    <message>
        <source>Everything (a handover)</source>
        <translation>كل شيء (تسليم)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected record(s)</source>
        <translation>
            <numerusform>السجلات المحددة (%n)</numerusform>
            <numerusform>السجلات المحددة (%n)</numerusform>
            <numerusform>السجلات المحددة (%n)</numerusform>
            <numerusform>السجلات المحددة (%n)</numerusform>
            <numerusform>السجلات المحددة (%n)</numerusform>
            <numerusform>السجلات المحددة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as a file (for e-mail or a USB stick)…</source>
        <translation>الحفظ في ملف (لإرساله بالبريد الإلكتروني أو نقله على ذاكرة USB)…</translation>
    </message>
    <message>
        <source>Into the exchange folder (%1)</source>
        <translation>في مجلد التبادل (%1)</translation>
    </message>
    <message>
        <source>Into the exchange folder (none chosen: File ▸ Exchange folder…)</source>
        <translation>في مجلد التبادل (لم يُختر أي مجلد: ملف ▸ مجلد التبادل…)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Choose a stronger one, or press Share again to use it anyway.</source>
        <translation>اختر عبارة أقوى، أو اضغط «مشاركة» مرة أخرى لاستخدامها على أي حال.</translation>
    </message>
    <message>
        <source>Tick at least one contact, or choose a passphrase for a handover.</source>
        <translation>حدّد جهة اتصال واحدة على الأقل، أو اختر عبارة مرور للتسليم.</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <source>Situations, their cases, and the persons in each case</source>
        <translation>الحالات وقضاياها والأشخاص في كل قضية</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Next step of the travel alert</source>
        <translation>الخطوة التالية لتنبيه السفر</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Outcome (when closing)</source>
        <translation>النتيجة (عند الإغلاق)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>The alert is closed: there is no next step.</source>
        <translation>التنبيه مغلق: لا توجد خطوة تالية.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>This laptop</source>
        <translation>هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Copy my card</source>
        <translation>نسخ بطاقتي</translation>
    </message>
    <message>
        <source>For an e-mail: the card, as text, on the clipboard</source>
        <translation>لرسالة بريد إلكتروني: البطاقة نصاً في الحافظة</translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation>تصدير بطاقتي…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>وضع علامة «تم التحقق»</translation>
    </message>
    <message>
        <source>Publisher of reference releases</source>
        <translation>ناشر إصدارات البيانات المرجعية</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>مشاركة…</translation>
    </message>
    <message>
        <source>Packages in the exchange folder</source>
        <translation>الحزم في مجلد التبادل</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>الحسم…</translation>
    </message>
    <message>
        <source>Pick up now</source>
        <translation>الاستلام الآن</translation>
    </message>
    <message>
        <source>No identity yet: it is made when you first share, receive or copy your card.</source>
        <translation>لا توجد هوية بعد: تُنشأ عند أول مشاركة أو استلام أو نسخ لبطاقتك.</translation>
    </message>
    <message numerus="yes">
        <source>%1: from %2, %n conflict(s)</source>
        <translation>
            <numerusform>%1: من %2، عدد التعارضات: %n</numerusform>
            <numerusform>%1: من %2، عدد التعارضات: %n</numerusform>
            <numerusform>%1: من %2، عدد التعارضات: %n</numerusform>
            <numerusform>%1: من %2، عدد التعارضات: %n</numerusform>
            <numerusform>%1: من %2، عدد التعارضات: %n</numerusform>
            <numerusform>%1: من %2، عدد التعارضات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) wait for your decision.</source>
        <translation>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n.</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n.</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n.</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n.</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n.</numerusform>
            <numerusform>عدد الحزم التي تنتظر قرارك: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange folder: File ▸ Exchange folder… chooses one that your sync tool copies.</source>
        <translation>لا يوجد مجلد تبادل: يتيح ملف ▸ مجلد التبادل… اختيار مجلد تنسخه أداة المزامنة لديك.</translation>
    </message>
    <message>
        <source>Nothing waits. Exchange folder: %1</source>
        <translation>لا شيء في الانتظار. مجلد التبادل: %1</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>تصدير بطاقتي</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>نص (*.txt)</translation>
    </message>
    <message>
        <source>The card was not saved</source>
        <translation>لم تُحفظ البطاقة</translation>
    </message>
    <message>
        <source>Rename this laptop</source>
        <translation>إعادة تسمية هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>The name your contacts see on your packages and your card:</source>
        <translation>الاسم الذي تراه جهات اتصالك على حزمك وبطاقتك:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>لم تتم إعادة التسمية</translation>
    </message>
    <message>
        <source>Did you compare the fingerprint of %1 with them (by phone or in person)?

%2</source>
        <translation>هل قارنت بصمة %1 مع صاحبها (هاتفياً أو شخصياً)؟

%2</translation>
    </message>
    <message>
        <source>Remove %1 from the contacts? Their packages will be refused and nothing more is shared with them, until their card is added again.</source>
        <translation>هل تريد إزالة %1 من جهات الاتصال؟ ستُرفض حزمه ولن يُشارَك معه أي شيء آخر، إلى أن تُضاف بطاقته من جديد.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>إزالة جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>ncdesk cannot open its database</source>
        <translation>لا يستطيع ncdesk فتح قاعدة بياناته</translation>
    </message>
    <message>
        <source>ncdesk may not write to the data folder %1. Choose another with --data-dir, or ask for access.</source>
        <translation>لا يُسمح لـ ncdesk بالكتابة في مجلد البيانات %1. اختر مجلداً آخر باستخدام --data-dir، أو اطلب الإذن.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message>
        <source>⚠ Data folder at risk: %1</source>
        <translation>⚠ مجلد البيانات معرض للخطر: %1</translation>
    </message>
    <message>
        <source>The data folder is at risk</source>
        <translation>مجلد البيانات معرض للخطر</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Repair it now? The damaged characters become �; everything else is kept as it is.</source>
        <translation>هل تريد إصلاحها الآن؟ تصبح الأحرف التالفة �؛ ويُحفظ كل ما عداها كما هو.</translation>
    </message>
    <message>
        <source>Unlock ncdesk</source>
        <translation>فتح قفل ncdesk</translation>
    </message>
    <message>
        <source>The database in %1 is encrypted. Type its passphrase.</source>
        <translation>قاعدة البيانات في %1 مشفرة. اكتب عبارة مرورها.</translation>
    </message>
    <message>
        <source>The data folder %1 is encrypted: the new database will be too. Type its passphrase.</source>
        <translation>مجلد البيانات %1 مشفّر: وستكون قاعدة البيانات الجديدة مشفّرة كذلك. اكتب عبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <source>Protect this data with a passphrase?</source>
        <translation>حماية هذه البيانات بعبارة مرور؟</translation>
    </message>
    <message>
        <source>ncdesk can encrypt its database, backups and attached files, so that a lost or stolen laptop gives nothing away. You will type the passphrase when ncdesk starts and after it locks itself when idle. You can also do this later in Settings.

Encrypt now?</source>
        <translation>يستطيع ncdesk تشفير قاعدة بياناته ونسخها الاحتياطية والملفات المرفقة، حتى لا يكشف حاسوب محمول مفقود أو مسروق أي شيء. ستكتب عبارة المرور عند تشغيل ncdesk وبعد أن يُقفل نفسه عند الخمول. يمكنك أيضاً القيام بذلك لاحقاً في الإعدادات.

هل تريد التشفير الآن؟</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>Briefing note</source>
        <translation>مذكرة إحاطة</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>أُعدّت في</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>of</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>ملف الاجتماع</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>لا شيء مسجل.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>ICC document</source>
        <translation>وثيقة المحكمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيلت إلى</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>مجلس الأمن</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>موجهة إلى</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>نُشرت</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>وجهة السفر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدر في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Warrant or summons</source>
        <translation>أمر القبض أو أمر الحضور</translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation>الوضع اليوم</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>Article 12(3) declaration</source>
        <translation>إعلان بموجب المادة 12(3)</translation>
    </message>
    <message>
        <source>Bound by the Security Council</source>
        <translation>ملزمة بقرار مجلس الأمن</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وردت في</translation>
    </message>
    <message>
        <source>United Nations Treaty Collection, Chapter XVIII.10, Rome Statute of the International Criminal Court (status)</source>
        <translation>مجموعة معاهدات الأمم المتحدة، الفصل الثامن عشر-10، نظام روما الأساسي للمحكمة الجنائية الدولية (الحالة)</translation>
    </message>
    <message>
        <source>Assembly procedures relating to non-cooperation, ICC-ASP/17/Res.5, annex II</source>
        <translation>إجراءات الجمعية المتعلقة بعدم التعاون، ICC-ASP/17/Res.5، المرفق الثاني</translation>
    </message>
    <message>
        <source>Toolkit for the implementation of the informal dimension of the Assembly procedures, ICC-ASP/17/31, annex III</source>
        <translation>مجموعة الأدوات لتنفيذ البعد غير الرسمي لإجراءات الجمعية، ICC-ASP/17/31، المرفق الثالث</translation>
    </message>
    <message>
        <source>ICC-ASP/23/Res.1, annex I, para. 3(m): travel information to be shared promptly with the Court</source>
        <translation>ICC-ASP/23/Res.1، المرفق الأول، الفقرة 3(م): تُبلَّغ المحكمة فوراً بالمعلومات المتعلقة بالسفر</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>التصديق</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>القبول</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>الخلافة</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>بدء النفاذ</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>الإخطار بالانسحاب</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>نفاذ الانسحاب</translation>
    </message>
    <message>
        <source>Withdrawal rescinded</source>
        <translation>إلغاء الانسحاب</translation>
    </message>
    <message>
        <source>Instrument withdrawn</source>
        <translation>سحب الصك</translation>
    </message>
    <message>
        <source>Announced, not notified to the depositary</source>
        <translation>أُعلن عنه ولم يُخطَر به الوديع</translation>
    </message>
    <message>
        <source>Domestic act, not notified to the depositary</source>
        <translation>إجراء داخلي لم يُخطَر به الوديع</translation>
    </message>
    <message>
        <source>Information, not a party event</source>
        <translation>معلومة، وليست حدثاً يتعلق بصفة الدولة الطرف</translation>
    </message>
    <message>
        <source> (read on %1)</source>
        <translation> (اطُّلع عليه في %1)</translation>
    </message>
    <message>
        <source>Record entered in ncdesk on %1</source>
        <translation>سجل أُدخل في ncdesk في %1</translation>
    </message>
    <message>
        <source>no regional group</source>
        <translation>لا تنتمي إلى مجموعة إقليمية</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (لم يُتحقق منه)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lodged %1</source>
        <translation>أُودع في %1</translation>
    </message>
    <message>
        <source>lodged %1 (not accepted)</source>
        <translation>أُودع في %1 (لم يُقبل)</translation>
    </message>
    <message>
        <source>urged to cooperate</source>
        <translation>مدعوة إلى التعاون</translation>
    </message>
    <message>
        <source>obliged</source>
        <translation>ملزمة</translation>
    </message>
    <message>
        <source>not obliged</source>
        <translation>غير ملزمة</translation>
    </message>
    <message>
        <source>Whether %1 must arrest and surrender, on %2, each person for whom an arrest warrant is outstanding:</source>
        <translation>هل يتعين على %1 أن تقبض على كل شخص صدر بحقه أمر قبض لم يُنفَّذ وأن تقدمه، في %2:</translation>
    </message>
    <message>
        <source>, appointed %1</source>
        <translation>، عُيّن في %1</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>مفتوح: %1</translation>
    </message>
    <message>
        <source>The last %1 of %2 dated events.</source>
        <translation>آخر %1 من أصل %2 حدثاً مؤرخاً.</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>المعروف أيضاً باسم: %1</translation>
    </message>
    <message>
        <source>%1: to the %2 (%3)</source>
        <translation>%1: إلى %2 (%3)</translation>
    </message>
    <message>
        <source>No case: the situation only.</source>
        <translation>لا توجد قضية: الحالة فقط.</translation>
    </message>
    <message>
        <source>Referred by the United Nations Security Council</source>
        <translation>أحالها مجلس الأمن التابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Referred by a State Party</source>
        <translation>أحالتها دولة طرف</translation>
    </message>
    <message>
        <source>Opened by the Prosecutor, proprio motu</source>
        <translation>فتحها المدعي العام من تلقاء نفسه</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>(القرار %1)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Investigation opened on %1.</source>
        <translation>فُتح التحقيق في %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <source>All other States not party are urged to cooperate fully (%1).</source>
        <translation>تُحث جميع الدول الأخرى غير الأطراف على التعاون الكامل (%1).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>%1: OBLIGED to arrest and surrender</source>
        <translation>%1: ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>%1: NOT OBLIGED to arrest and surrender</source>
        <translation>%1: غير ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>On the last day of the visit:</source>
        <translation>في اليوم الأخير من الزيارة:</translation>
    </message>
    <message>
        <source>Earlier findings against %1:</source>
        <translation>الاستنتاجات السابقة بشأن %1:</translation>
    </message>
    <message>
        <source>No earlier finding against %1 is recorded.</source>
        <translation>لم يُسجَّل أي استنتاج سابق بشأن %1.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>غير مؤرخ</translation>
    </message>
    <message>
        <source>%1: letter of the President to the %2</source>
        <translation>%1: رسالة من الرئيس إلى %2</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>، من جانب %1</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>، إلى %1</translation>
    </message>
    <message>
        <source>Not yet shared with the Court. The Assembly asks that information on potential or confirmed travel be shared with the Court promptly by the focal points.</source>
        <translation>لم تُبلَّغ المحكمة بعد. تطلب الجمعية أن تُبلغ جهات التنسيق المحكمةَ فوراً بأي معلومات عن سفر محتمل أو مؤكد.</translation>
    </message>
    <message>
        <source>The Court may find under article 87(7) that the State failed to comply and refer the matter; follow its proceedings and record any finding.</source>
        <translation>يجوز للمحكمة أن تخلص بموجب المادة 87(7) إلى أن الدولة لم تمتثل وأن تحيل المسألة؛ تُتابع إجراءاتها ويُسجَّل أي استنتاج.</translation>
    </message>
    <message>
        <source>If the matter is referred to the Assembly: Bureau meeting at which the State may present its views (paragraph 14(c)), open letter, plenary debate.</source>
        <translation>إذا أُحيلت المسألة إلى الجمعية: اجتماع للمكتب يجوز للدولة أن تعرض فيه آراءها (الفقرة 14(ج))، ورسالة مفتوحة، ومناقشة في جلسة عامة.</translation>
    </message>
    <message>
        <source>Report the matter and the steps taken in the Bureau&apos;s annual report on non-cooperation.</source>
        <translation>الإبلاغ عن المسألة والخطوات المتخذة في التقرير السنوي للمكتب بشأن عدم التعاون.</translation>
    </message>
    <message>
        <source>Verify the information: official programme, the State&apos;s mission, public sources; inform the other focal points and the President.</source>
        <translation>التحقق من المعلومات: البرنامج الرسمي، وبعثة الدولة، والمصادر العامة؛ وإبلاغ جهات التنسيق الأخرى والرئيس.</translation>
    </message>
    <message>
        <source>Share the information with the Court promptly.</source>
        <translation>إبلاغ المحكمة بالمعلومات فوراً.</translation>
    </message>
    <message>
        <source>Activate the focal points, including the good offices of the President of the Assembly.</source>
        <translation>تفعيل جهات التنسيق، بما في ذلك المساعي الحميدة لرئيس الجمعية.</translation>
    </message>
    <message>
        <source>Letter of the President to the Minister of Foreign Affairs of %1, recalling its obligations (articles 86 and 89(1) for a State Party); publish it once the visit begins.</source>
        <translation>رسالة من الرئيس إلى وزير خارجية %1 يذكّر فيها بالتزاماتها (المادتان 86 و89(1) بالنسبة إلى الدولة الطرف)؛ وتُنشر فور بدء الزيارة.</translation>
    </message>
    <message>
        <source>Contact the destination&apos;s mission through the focal point of its regional group; remind States Parties of the toolkit.</source>
        <translation>الاتصال ببعثة دولة المقصد عن طريق جهة التنسيق التابعة لمجموعتها الإقليمية؛ وتذكير الدول الأطراف بمجموعة الأدوات.</translation>
    </message>
    <message>
        <source>After the visit, record the outcome (cancelled, arrested, or took place without arrest).</source>
        <translation>بعد الزيارة، تسجيل نتيجتها (أُلغيت، أو قُبض على الشخص، أو تمت دون قبض).</translation>
    </message>
    <message>
        <source>Focal points on non-cooperation</source>
        <translation>جهات التنسيق المعنية بعدم التعاون</translation>
    </message>
    <message>
        <source>Status under the Rome Statute</source>
        <translation>الوضع بموجب نظام روما الأساسي</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>صفة الطرف</translation>
    </message>
    <message>
        <source>Obligation to cooperate today</source>
        <translation>الالتزام بالتعاون اليوم</translation>
    </message>
    <message>
        <source>Focal point on non-cooperation</source>
        <translation>جهة التنسيق المعنية بعدم التعاون</translation>
    </message>
    <message>
        <source>Findings and communications of the Court</source>
        <translation>قرارات المحكمة ورسائلها</translation>
    </message>
    <message>
        <source>Letters of the President of the Assembly</source>
        <translation>رسائل رئيس الجمعية</translation>
    </message>
    <message>
        <source>Travel of persons subject to warrants</source>
        <translation>سفر الأشخاص الصادرة بحقهم أوامر</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>الأنشطة الأخيرة</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Warrants and summonses</source>
        <translation>أوامر القبض وأوامر الحضور</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Known travels</source>
        <translation>الأسفار المعروفة</translation>
    </message>
    <message>
        <source>States bound by the Security Council&apos;s decision</source>
        <translation>الدول الملزمة بقرار مجلس الأمن</translation>
    </message>
    <message>
        <source>How the situation reached the Court</source>
        <translation>كيف وصلت الحالة إلى المحكمة</translation>
    </message>
    <message>
        <source>What is known</source>
        <translation>ما هو معروف</translation>
    </message>
    <message>
        <source>The destination&apos;s obligation</source>
        <translation>التزام دولة المقصد</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>الخطوات المتخذة</translation>
    </message>
    <message>
        <source>What the Assembly procedures and the toolkit suggest next</source>
        <translation>ما تقترحه إجراءات الجمعية ومجموعة الأدوات بعد ذلك</translation>
    </message>
    <message>
        <source>Information to the Court</source>
        <translation>إبلاغ المحكمة</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>محدود التداول</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>ncdesk: visits and deadlines</source>
        <translation>ncdesk: الزيارات والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Dates as reported: %1</source>
        <translation>التواريخ كما أُبلغ عنها: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الوضع: %1</translation>
    </message>
    <message>
        <source>%1: obliged to arrest and surrender</source>
        <translation>%1: ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>%1: not obliged to arrest and surrender</source>
        <translation>%1: غير ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>Visit: %1 to %2</source>
        <translation>زيارة %1 إلى %2</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>زيارة %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>موعد نهائي: %1</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>أُنجز في %1.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>انقضى الموعد.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>استعادة %1</translation>
    </message>
    <message>
        <source>Add %1 × %2</source>
        <translation>إضافة %1 × %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>Reference data %1</source>
        <translation>البيانات المرجعية %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Repair: %1 problem(s)</source>
        <translation>إصلاح: %1 من المشكلات</translation>
    </message>
    <message>
        <source>Reopen travel alert</source>
        <translation>إعادة فتح تنبيه السفر</translation>
    </message>
    <message>
        <source>Alert shared with the Court</source>
        <translation>تنبيه أُبلغت به المحكمة</translation>
    </message>
    <message>
        <source>Record the President&apos;s letter</source>
        <translation>تسجيل رسالة الرئيس</translation>
    </message>
    <message>
        <source>Received from %1, package %2</source>
        <translation>استلام من %1، الحزمة %2</translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3</source>
        <translation>تصدير: %1 بصيغة %2 إلى %3</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>تصدير: %1 إلى %2</translation>
    </message>
    <message>
        <source>briefing note on %1</source>
        <translation>مذكرة إحاطة عن %1</translation>
    </message>
    <message>
        <source>meeting pack of %1 notes (%2)</source>
        <translation>ملف اجتماع من %1 مذكرات (%2)</translation>
    </message>
    <message>
        <source>draft report of the Bureau, %1 to %2</source>
        <translation>مشروع تقرير المكتب، من %1 إلى %2</translation>
    </message>
    <message>
        <source>letter draft for %1</source>
        <translation>مشروع رسالة بشأن %1</translation>
    </message>
    <message>
        <source>calendar of visits and deadlines</source>
        <translation>تقويم الزيارات والمواعيد النهائية</translation>
    </message>
    <message>
        <source>every record</source>
        <translation>جميع السجلات</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>المرفق %1</translation>
    </message>
    <message>
        <source>table of %1</source>
        <translation>جدول %1</translation>
    </message>
    <message>
        <source>tables of %1</source>
        <translation>جداول %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>OBLIGED to arrest and surrender</source>
        <translation>ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>NOT OBLIGED to arrest and surrender</source>
        <translation>غير ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>سُجّل التنبيه %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>التنبيه %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>الوضع: %1</translation>
    </message>
    <message>
        <source>%1: OBLIGED to arrest and surrender</source>
        <translation>%1: ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source>%1: NOT OBLIGED to arrest and surrender</source>
        <translation>%1: غير ملزمة بالقبض والتقديم</translation>
    </message>
    <message>
        <source> On the last day: %1</source>
        <translation> في اليوم الأخير: %1</translation>
    </message>
    <message>
        <source>earlier finding %1: %2</source>
        <translation>قرار سابق في %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>خطوة في %1: %2</translation>
    </message>
    <message>
        <source>shared with the Court %1 by %2</source>
        <translation>أُبلغ إلى المحكمة في %1 عن طريق %2</translation>
    </message>
    <message>
        <source>letter %1 to %2</source>
        <translation>رسالة في %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>guard</name>
    <message>
        <source>More than %1 rows are selected: export the table (File ▸ Export) instead.</source>
        <translation>حُدد أكثر من %1 صف: صدّر الجدول بدلاً من ذلك (ملف ▸ تصدير).</translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation>لا شيء محدد للنسخ.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>ICC number</source>
        <translation>رقم المحكمة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Formal name</source>
        <translation>الاسم الرسمي</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>ISO code (2 letters)</source>
        <translation>رمز ISO (حرفان)</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>رمز ISO الرقمي</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>Member of the United Nations</source>
        <translation>عضو في الأمم المتحدة</translation>
    </message>
    <message>
        <source>How it reached the Court</source>
        <translation>طريقة الإحالة إلى المحكمة</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>أُحيلت في</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>أحالها</translation>
    </message>
    <message>
        <source>Security Council resolution</source>
        <translation>قرار مجلس الأمن</translation>
    </message>
    <message>
        <source>Resolution adopted on</source>
        <translation>اعتُمد القرار في</translation>
    </message>
    <message>
        <source>Investigation opened on</source>
        <translation>فُتح التحقيق في</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>صدر في</translation>
    </message>
    <message>
        <source>ICC document</source>
        <translation>وثيقة المحكمة</translation>
    </message>
    <message>
        <source>Issued under seal</source>
        <translation>صدر مختوماً</translation>
    </message>
    <message>
        <source>Unsealed on</source>
        <translation>رُفع عنه الختم في</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>الوضع منذ</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>الوضع في تاريخ</translation>
    </message>
    <message>
        <source>About the status</source>
        <translation>حول الوضع</translation>
    </message>
    <message>
        <source>Crimes</source>
        <translation>الجرائم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>ICC document numbers</source>
        <translation>أرقام وثائق المحكمة</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيلت إلى</translation>
    </message>
    <message>
        <source>Transmitted to the Assembly on</source>
        <translation>أُحيلت إلى الجمعية في</translation>
    </message>
    <message>
        <source>Security Council document</source>
        <translation>وثيقة مجلس الأمن</translation>
    </message>
    <message>
        <source>Security Council document dated</source>
        <translation>وثيقة مجلس الأمن المؤرخة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Precision of the dates</source>
        <translation>دقة التواريخ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>مصدر المعلومات</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>وردت في</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>Sender&apos;s office</source>
        <translation>صفة المرسل</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>موجهة إلى</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Travel alert</source>
        <translation>تنبيه سفر</translation>
    </message>
    <message>
        <source>Articles recalled</source>
        <translation>المواد المذكَّر بها</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>نُشرت في</translation>
    </message>
    <message>
        <source>Published through</source>
        <translation>نُشرت عبر</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>ورد الرد في</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>عُيّن في</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>عيّنه</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>انتهى في</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>أودع في</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>يغطي من</translation>
    </message>
    <message>
        <source>Covers until</source>
        <translation>يغطي حتى</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Warrant status</source>
        <translation>حالة الأمر</translation>
    </message>
    <message>
        <source>First warrant</source>
        <translation>الأمر الأول</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>نافذ منذ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>On interim release</source>
        <translation>مُفرج عنه مؤقتاً</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>مُدان</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>مُبرّأ</translation>
    </message>
    <message>
        <source>Charges withdrawn</source>
        <translation>سُحبت التهم</translation>
    </message>
    <message>
        <source>Charges vacated</source>
        <translation>أُلغيت التهم</translation>
    </message>
    <message>
        <source>Charges not confirmed</source>
        <translation>لم تُعتمد التهم</translation>
    </message>
    <message>
        <source>Proceedings terminated</source>
        <translation>أُنهيت الإجراءات</translation>
    </message>
    <message>
        <source>Warrant withdrawn</source>
        <translation>سُحب الأمر</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>أُفرج عنه</translation>
    </message>
    <message>
        <source>Announced its withdrawal (not notified to the depositary)</source>
        <translation>أعلنت انسحابها (دون إخطار الوديع)</translation>
    </message>
    <message>
        <source>Domestic act on the Statute (not notified to the depositary)</source>
        <translation>إجراء داخلي بشأن النظام الأساسي (دون إخطار الوديع)</translation>
    </message>
    <message>
        <source>Information on its status (not a party event)</source>
        <translation>معلومة عن وضعها (وليست حدثاً يتعلق بصفة الدولة الطرف)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>وجهات السفر</translation>
    </message>
    <message>
        <source>Shared with the Court</source>
        <translation>أُبلغ إلى المحكمة</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>States heard</source>
        <translation>الدول التي استُمع إليها</translation>
    </message>
    <message>
        <source>States concerned</source>
        <translation>الدول المعنية</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <source>Shared on</source>
        <translation>أُبلغ في</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>أبلغه</translation>
    </message>
    <message>
        <source>Received at the Court by</source>
        <translation>تلقاه في المحكمة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Findings and communications</source>
        <translation>القرارات والرسائل</translation>
    </message>
    <message>
        <source>Travel alerts</source>
        <translation>تنبيهات السفر</translation>
    </message>
    <message>
        <source>Alert destination</source>
        <translation>وجهة التنبيه</translation>
    </message>
    <message>
        <source>Alert destinations</source>
        <translation>وجهات التنبيه</translation>
    </message>
    <message>
        <source>Alert step</source>
        <translation>مرحلة التنبيه</translation>
    </message>
    <message>
        <source>Alert steps</source>
        <translation>مراحل التنبيه</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات التنسيق</translation>
    </message>
    <message>
        <source>Assembly document</source>
        <translation>وثيقة الجمعية</translation>
    </message>
    <message>
        <source>Assembly documents</source>
        <translation>وثائق الجمعية</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>ملف مرفق</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>أمر</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>Party status event</source>
        <translation>حدث يتعلق بصفة الطرف</translation>
    </message>
    <message>
        <source>Party status</source>
        <translation>صفة الطرف</translation>
    </message>
    <message>
        <source>Article 12(3) declaration</source>
        <translation>إعلان بموجب المادة 12(3)</translation>
    </message>
    <message>
        <source>Article 12(3) declarations</source>
        <translation>إعلانات بموجب المادة 12(3)</translation>
    </message>
    <message>
        <source>Information beside the party status</source>
        <translation>معلومات إلى جانب صفة الدولة الطرف</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>خطوة إجرائية</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>الخطوات الإجرائية</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>Sharing with the Court</source>
        <translation>الإبلاغ إلى المحكمة</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>الدول الأفريقية</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>دول آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>دول أوروبا الشرقية</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>دول أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>دول أوروبا الغربية ودول أخرى</translation>
    </message>
    <message>
        <source>Referral by a State Party</source>
        <translation>إحالة من دولة طرف</translation>
    </message>
    <message>
        <source>Security Council</source>
        <translation>مجلس الأمن</translation>
    </message>
    <message>
        <source>The Prosecutor, proprio motu</source>
        <translation>المدعي العام، من تلقاء نفسه</translation>
    </message>
    <message>
        <source>Warrant of arrest</source>
        <translation>أمر قبض</translation>
    </message>
    <message>
        <source>Summons to appear</source>
        <translation>أمر بالحضور</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>طليق</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>محتجز</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Finding of non-compliance</source>
        <translation>قرار بعدم الامتثال</translation>
    </message>
    <message>
        <source>Decision informing</source>
        <translation>قرار إبلاغ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Appeal judgment</source>
        <translation>حكم الاستئناف</translation>
    </message>
    <message>
        <source>Decision on reconsideration</source>
        <translation>قرار بشأن إعادة النظر</translation>
    </message>
    <message>
        <source>Request by a State</source>
        <translation>طلب من دولة</translation>
    </message>
    <message>
        <source>Response by a State</source>
        <translation>رد من دولة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Article 87(7)</source>
        <translation>المادة 87(7)</translation>
    </message>
    <message>
        <source>Article 87(5)(b)</source>
        <translation>المادة 87(5)(ب)</translation>
    </message>
    <message>
        <source>Informing decision</source>
        <translation>قرار إبلاغ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Assembly of States Parties</source>
        <translation>جمعية الدول الأطراف</translation>
    </message>
    <message>
        <source>Assembly and Security Council</source>
        <translation>الجمعية ومجلس الأمن</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>التصديق</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>القبول</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>الخلافة</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>بدء النفاذ</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>الإخطار بالانسحاب</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>نفاذ الانسحاب</translation>
    </message>
    <message>
        <source>Withdrawal notice revoked</source>
        <translation>إلغاء الإخطار بالانسحاب</translation>
    </message>
    <message>
        <source>Instrument withdrawn</source>
        <translation>سحب الصك</translation>
    </message>
    <message>
        <source>Announced, not notified to the depositary</source>
        <translation>أُعلن عنه ولم يُخطَر به الوديع</translation>
    </message>
    <message>
        <source>Domestic act, not notified to the depositary</source>
        <translation>إجراء داخلي لم يُخطَر به الوديع</translation>
    </message>
    <message>
        <source>State Party</source>
        <translation>دولة طرف</translation>
    </message>
    <message>
        <source>State Party, withdrawing</source>
        <translation>دولة طرف، في طور الانسحاب</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>لم يبدأ نفاذه بعد</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>دولة موقعة</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>ليست طرفاً</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>مُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق منه</translation>
    </message>
    <message>
        <source>Focal points activated</source>
        <translation>تفعيل جهات التنسيق</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>أُرسلت الرسالة</translation>
    </message>
    <message>
        <source>Court informed</source>
        <translation>أُبلغت المحكمة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>سُجّلت النتيجة</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>أُلغيت الزيارة</translation>
    </message>
    <message>
        <source>Took place: person arrested</source>
        <translation>تمت: قُبض على الشخص</translation>
    </message>
    <message>
        <source>Took place: not arrested</source>
        <translation>تمت: لم يُقبض عليه</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>مرجحة</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>ممكنة</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>مشكوك فيها</translation>
    </message>
    <message>
        <source>Bureau meeting</source>
        <translation>اجتماع المكتب</translation>
    </message>
    <message>
        <source>Bureau decision</source>
        <translation>قرار المكتب</translation>
    </message>
    <message>
        <source>Focal points&apos; meeting</source>
        <translation>اجتماع جهات التنسيق</translation>
    </message>
    <message>
        <source>New York Working Group briefing</source>
        <translation>إحاطة أمام الفريق العامل في نيويورك</translation>
    </message>
    <message>
        <source>Plenary meeting</source>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <source>Facilitation meeting</source>
        <translation>اجتماع التيسير</translation>
    </message>
    <message>
        <source>Public message</source>
        <translation>رسالة علنية</translation>
    </message>
    <message>
        <source>Communication to States</source>
        <translation>رسالة إلى الدول</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s report to the Security Council</source>
        <translation>تقرير المدعي العام إلى مجلس الأمن</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>استُمع إليها</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>معنية</translation>
    </message>
    <message>
        <source>President of the Assembly, ex officio</source>
        <translation>رئيس الجمعية، بحكم منصبه</translation>
    </message>
    <message>
        <source>Report of the Bureau</source>
        <translation>تقرير المكتب</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>رسالة مفتوحة</translation>
    </message>
    <message>
        <source>Bureau meeting with the State (para. 14(c))</source>
        <translation>اجتماع المكتب مع الدولة (الفقرة 14(ج))</translation>
    </message>
    <message>
        <source>Plenary debate</source>
        <translation>مناقشة في جلسة عامة</translation>
    </message>
    <message>
        <source>Good offices of the President</source>
        <translation>المساعي الحميدة للرئيس</translation>
    </message>
    <message>
        <source>Letter of the President</source>
        <translation>رسالة الرئيس</translation>
    </message>
    <message>
        <source>Contact by a focal point</source>
        <translation>اتصال من جهة تنسيق</translation>
    </message>
    <message>
        <source>States Parties informed</source>
        <translation>إبلاغ الدول الأطراف</translation>
    </message>
    <message>
        <source>Toolkit recalled</source>
        <translation>التذكير بمجموعة الأدوات</translation>
    </message>
    <message>
        <source>Information shared with the Court</source>
        <translation>معلومات أُبلغت إلى المحكمة</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>بيان علني</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>يوم محدد</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>نطاق أيام</translation>
    </message>
    <message>
        <source>Part of a month</source>
        <translation>جزء من شهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Beside the party status: announced, not notified (information, not a party event)</source>
        <translation>إلى جانب صفة الدولة الطرف: أُعلن عنه ولم يُخطَر به الوديع (معلومة، وليست حدثاً يتعلق بصفة الدولة الطرف)</translation>
    </message>
    <message>
        <source>Bound by the Security Council in</source>
        <translation>ملزمة بقرار مجلس الأمن في</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>السفر</translation>
    </message>
    <message>
        <source>Focal point on non-cooperation</source>
        <translation>جهة التنسيق المعنية بعدم التعاون</translation>
    </message>
    <message>
        <source>Nationals subject to the Court&apos;s warrants</source>
        <translation>رعايا صدرت بحقهم أوامر من المحكمة</translation>
    </message>
    <message>
        <source>States bound by the Council&apos;s resolution</source>
        <translation>الدول الملزمة بقرار المجلس</translation>
    </message>
    <message>
        <source>Warrants and summonses</source>
        <translation>أوامر القبض وأوامر الحضور</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>أرقام الوثائق</translation>
    </message>
    <message>
        <source>Steps under the Assembly procedures</source>
        <translation>الخطوات بموجب إجراءات الجمعية</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation>استئناف لـ</translation>
    </message>
    <message>
        <source>Appealed: judgment</source>
        <translation>مستأنف: الحكم</translation>
    </message>
    <message>
        <source>Reconsideration of</source>
        <translation>إعادة نظر في</translation>
    </message>
    <message>
        <source>Reconsidered by</source>
        <translation>أعاد النظر فيه</translation>
    </message>
    <message>
        <source>Defers</source>
        <translation>يؤجل</translation>
    </message>
    <message>
        <source>Deferred by</source>
        <translation>أجّله</translation>
    </message>
    <message>
        <source>Response to</source>
        <translation>رد على</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Request concerning</source>
        <translation>طلب بشأن</translation>
    </message>
    <message>
        <source>Requests concerning it</source>
        <translation>طلبات بشأنه</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>تلاه</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <source>Discussed at</source>
        <translation>نوقش في</translation>
    </message>
    <message>
        <source>Takes note of</source>
        <translation>يحيط علماً بـ</translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation>أحاط به علماً</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>أدى إلى</translation>
    </message>
    <message>
        <source>Followed the visit</source>
        <translation>تلا الزيارة</translation>
    </message>
    <message>
        <source>Signed the Rome Statute</source>
        <translation>وقّعت على نظام روما الأساسي</translation>
    </message>
    <message>
        <source>Ratified the Rome Statute</source>
        <translation>صدّقت على نظام روما الأساسي</translation>
    </message>
    <message>
        <source>Acceded to the Rome Statute</source>
        <translation>انضمت إلى نظام روما الأساسي</translation>
    </message>
    <message>
        <source>Accepted the Rome Statute</source>
        <translation>قبلت نظام روما الأساسي</translation>
    </message>
    <message>
        <source>Approved the Rome Statute</source>
        <translation>وافقت على نظام روما الأساسي</translation>
    </message>
    <message>
        <source>Succeeded to the Rome Statute</source>
        <translation>خلفت في نظام روما الأساسي</translation>
    </message>
    <message>
        <source>The Statute entered into force for it</source>
        <translation>بدأ نفاذ النظام الأساسي بالنسبة لها</translation>
    </message>
    <message>
        <source>Notified its withdrawal</source>
        <translation>أخطرت بانسحابها</translation>
    </message>
    <message>
        <source>Its withdrawal took effect</source>
        <translation>أصبح انسحابها نافذاً</translation>
    </message>
    <message>
        <source>Revoked its notice of withdrawal</source>
        <translation>ألغت إخطارها بالانسحاب</translation>
    </message>
    <message>
        <source>Withdrew its instrument before entry into force</source>
        <translation>سحبت صكها قبل بدء النفاذ</translation>
    </message>
    <message>
        <source>Article 12(3) declaration lodged</source>
        <translation>أودع إعلان بموجب المادة 12(3)</translation>
    </message>
    <message>
        <source>Transmitted to the Assembly of States Parties</source>
        <translation>أُحيل إلى جمعية الدول الأطراف</translation>
    </message>
    <message>
        <source>Transmitted to the Security Council</source>
        <translation>أُحيل إلى مجلس الأمن</translation>
    </message>
    <message>
        <source>Letter of the President of the Assembly</source>
        <translation>رسالة رئيس الجمعية</translation>
    </message>
    <message>
        <source>Appointed focal point on non-cooperation</source>
        <translation>عُيّن جهة تنسيق معنية بعدم التعاون</translation>
    </message>
    <message>
        <source>Referred to the Court</source>
        <translation>أُحيلت إلى المحكمة</translation>
    </message>
    <message>
        <source>Investigation opened</source>
        <translation>فُتح التحقيق</translation>
    </message>
    <message>
        <source>Warrant of arrest issued</source>
        <translation>صدر أمر بالقبض</translation>
    </message>
    <message>
        <source>Summons to appear issued</source>
        <translation>صدر أمر بالحضور</translation>
    </message>
    <message>
        <source>In the Court&apos;s custody</source>
        <translation>في عهدة المحكمة</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>توفي</translation>
    </message>
    <message>
        <source>Warrant withdrawn or proceedings ended</source>
        <translation>سُحب الأمر أو انتهت الإجراءات</translation>
    </message>
    <message>
        <source>Warrant unsealed</source>
        <translation>رُفع الختم عن الأمر</translation>
    </message>
</context>
<context>
    <name>letter</name>
    <message>
        <source>ASSEMBLY OF STATES PARTIES TO THE ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT</source>
        <translation>جمعية الدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية</translation>
    </message>
    <message>
        <source>The President</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>Reference: {{reference}}</source>
        <translation>المرجع: {{reference}}</translation>
    </message>
    <message>
        <source>Excellency,</source>
        <translation>صاحب السعادة،</translation>
    </message>
    <message>
        <source>I have the honour to write to you in my capacity as President of the Assembly of States Parties to the Rome Statute of the International Criminal Court, in accordance with the Assembly procedures relating to non-cooperation.</source>
        <translation>يشرفني أن أكتب إليكم بصفتي رئيس جمعية الدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية، وفقاً لإجراءات الجمعية المتعلقة بعدم التعاون.</translation>
    </message>
    <message>
        <source>Information has reached me that {{person}}, {{person_function}}, may visit {{state}} ({{visit_dates}}). The International Criminal Court issued a warrant of arrest for {{person}} on {{warrant_dates}}, in the {{situation}}.</source>
        <translation>وردت إليّ معلومات تفيد بأن {{person}}، {{person_function}}، قد يزور بلدكم ({{visit_dates}}). وقد أصدرت المحكمة الجنائية الدولية أمراً بالقبض على {{person}} في {{warrant_dates}}، في {{situation}}.</translation>
    </message>
    <message>
        <source>I therefore respectfully call upon the authorities of {{state}} to {{call}}.</source>
        <translation>ولذلك أهيب باحترام بسلطات بلدكم أن {{call}}.</translation>
    </message>
    <message>
        <source>I would be grateful if you could inform me of any measures taken in this regard. The focal points on non-cooperation and I remain at your disposal for consultations, including consultations with the Court under article 97 of the Rome Statute.</source>
        <translation>وأكون ممتناً لو تفضلتم بإبلاغي بأي تدابير تُتخذ في هذا الصدد. وتظل جهات التنسيق المعنية بعدم التعاون وأنا رهن إشارتكم لإجراء مشاورات، بما في ذلك مشاورات مع المحكمة بموجب المادة 97 من نظام روما الأساسي.</translation>
    </message>
    <message>
        <source>Please accept, Excellency, the assurances of my highest consideration.</source>
        <translation>وتفضلوا، يا صاحب السعادة، بقبول فائق الاحترام والتقدير.</translation>
    </message>
    <message>
        <source>Draft prepared with ncdesk. Check every fact against the record before sending.</source>
        <translation>مسودة أُعدّت باستخدام ncdesk. تحقّق من كل واقعة في السجل قبل الإرسال.</translation>
    </message>
    <message>
        <source>Minister of Foreign Affairs of {formal}</source>
        <translation>وزير الخارجية</translation>
    </message>
    <message>
        <source>President of the Assembly of States Parties</source>
        <translation>رئيس جمعية الدول الأطراف</translation>
    </message>
    <message>
        <source>86 and 89(1)</source>
        <translation>86 و89(1)</translation>
    </message>
    <message>
        <source>execute the Court&apos;s request for the arrest and surrender of {person}, should the visit take place</source>
        <translation>تنفّذ طلب المحكمة القبض على {person} وتقديمه، إن تمت الزيارة</translation>
    </message>
    <message>
        <source>cooperate with the Court in the execution of its request for the arrest and surrender of {person}</source>
        <translation>تتعاون مع المحكمة في تنفيذ طلبها القبض على {person} وتقديمه</translation>
    </message>
    <message>
        <source>As a State Party to the Rome Statute, {state} is under an obligation to cooperate fully with the Court in its investigation and prosecution of crimes within its jurisdiction (article 86) and to comply with requests for arrest and surrender (article 89(1)).</source>
        <translation>وبصفة بلدكم دولة طرفاً في نظام روما الأساسي، فإنه ملزم بالتعاون تعاوناً تاماً مع المحكمة فيما تجريه من تحقيقات في الجرائم المندرجة في اختصاصها والمقاضاة عليها (المادة 86) وبتلبية طلبات القبض والتقديم (الفقرة 1 من المادة 89).</translation>
    </message>
    <message>
        <source>Although the withdrawal of {state} from the Rome Statute has taken effect, under article 127(2) {state} is not discharged from its obligation to cooperate with the Court in the investigations and proceedings that commenced before the withdrawal became effective, including in the {situation}.</source>
        <translation>ومع أن انسحاب بلدكم من نظام روما الأساسي قد أصبح نافذاً، فإن بلدكم، بموجب الفقرة 2 من المادة 127، لا يُعفى من التزامه بالتعاون مع المحكمة في التحقيقات والإجراءات التي بدأت قبل التاريخ الذي أصبح فيه الانسحاب نافذاً، بما في ذلك في {situation}.</translation>
    </message>
    <message>
        <source>By the decision of the Security Council ({basis}), {state} is under an obligation to cooperate fully with the Court and the Prosecutor in the {situation}.</source>
        <translation>وبموجب قرار مجلس الأمن ({basis})، فإن بلدكم ملزم بالتعاون تعاوناً تاماً مع المحكمة والمدعي العام في {situation}.</translation>
    </message>
    <message>
        <source>By its declaration under article 12(3) of the Rome Statute, {state} accepted the exercise of jurisdiction by the Court and undertook to cooperate with the Court without any delay or exception in accordance with Part 9 of the Statute.</source>
        <translation>وبموجب الإعلان الذي أودعه بلدكم بموجب الفقرة 3 من المادة 12 من نظام روما الأساسي، قبل بلدكم ممارسة المحكمة اختصاصها وتعهّد بالتعاون معها دون أي تأخير أو استثناء وفقاً للباب 9 من النظام الأساسي.</translation>
    </message>
    <message>
        <source>While {state} is not a party to the Rome Statute, the international community expects all States to cooperate with the Court. {explanation}</source>
        <translation>ومع أن بلدكم ليس طرفاً في نظام روما الأساسي، فإن المجتمع الدولي يتوقع من جميع الدول أن تتعاون مع المحكمة. {explanation}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no date given</source>
        <translation>لم يُذكر أي تاريخ</translation>
    </message>
    <message>
        <source>%1: the range ends (%2) before it starts (%3)</source>
        <translation>%1: تنتهي الفترة (%2) قبل أن تبدأ (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a month (did you mean %3?)</source>
        <translation>%1: %2 ليس شهرًا (هل تقصد %3؟)</translation>
    </message>
    <message>
        <source>%1: %2 is not a month</source>
        <translation>%1: %2 ليس شهرًا</translation>
    </message>
    <message>
        <source>%1: year %2 is out of range (1900–2200)</source>
        <translation>%1: السنة %2 خارج النطاق (1900–2200)</translation>
    </message>
    <message>
        <source>%1: month %2 does not exist (months are 1–12)</source>
        <translation>%1: الشهر %2 غير موجود (الأشهر من 1 إلى 12)</translation>
    </message>
    <message>
        <source>%1: %2 has %3 days, not %4</source>
        <translation>%1: عدد أيام %2 هو %3، وليس %4</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD or day month year (3 April 2025)</source>
        <translation>%1 ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD أو يوم شهر سنة (3 نيسان/أبريل 2025)</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: cannot read %2 as the start of the range</source>
        <translation>%1: تعذرت قراءة %2 على أنه بداية الفترة</translation>
    </message>
    <message>
        <source>%1 is not a date; examples: 2025-04-03, 3 April 2025, 3–6 April 2025, April 2025, mid-October 2025, 2025</source>
        <translation>%1 ليس تاريخًا؛ أمثلة: 2025-04-03، 3 نيسان/أبريل 2025، 3–6 نيسان/أبريل 2025، نيسان/أبريل 2025، منتصف تشرين الأول/أكتوبر 2025، 2025</translation>
    </message>
    <message>
        <source>the alert is closed; reopen it before taking another step</source>
        <translation>التنبيه مغلق؛ أعد فتحه قبل اتخاذ خطوة أخرى</translation>
    </message>
    <message>
        <source>the alert is already at “%1”; “%2” comes before it (steps only go forward)</source>
        <translation>التنبيه بلغ بالفعل «%1»؛ و«%2» تسبقها (الخطوات لا تسير إلا إلى الأمام)</translation>
    </message>
    <message>
        <source>the step is dated %1, before the previous step (%2)</source>
        <translation>الخطوة مؤرخة %1، أي قبل الخطوة السابقة (%2)</translation>
    </message>
    <message>
        <source>closing an alert needs its outcome (cancelled, arrested, not arrested, unknown)</source>
        <translation>إغلاق التنبيه يقتضي ذكر نتيجته (أُلغيت، قُبض على الشخص، لم يُقبض عليه، غير معروفة)</translation>
    </message>
    <message>
        <source>an outcome is recorded when the alert is closed</source>
        <translation>تُسجَّل النتيجة عند إغلاق التنبيه</translation>
    </message>
    <message>
        <source>expected ICC-&lt;situation&gt;[-&lt;case&gt;]-&lt;filing&gt;[-Corr][-ENG|-FRA|-tENG], e.g. ICC-02/05-01/09-309-ENG</source>
        <translation>المتوقع رقم مثل ICC-02/05-01/09-309-ENG: رمز الحالة، ثم رمز القضية إن وُجد، ثم رقم المستند، ثم اللغة</translation>
    </message>
    <message>
        <source>%1 is not a document number: expected ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, ICC-ASP/23/Res.1, S/2016/716 or S/RES/1593 (2005)</source>
        <translation>%1 ليس رقم وثيقة: المتوقع ICC-02/05-01/09-309-ENG أو ICC-ASP/23/31 أو ICC-ASP/23/Res.1 أو S/2016/716 أو S/RES/1593 (2005)</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>فيه مسافة</translation>
    </message>
    <message>
        <source>it must start with ICC-&lt;two digits&gt;/&lt;two digits&gt;, e.g. ICC-02/05</source>
        <translation>يجب أن يبدأ بـ ICC- متبوعاً برقمين ثم شرطة مائلة ثم رقمين، مثل ICC-02/05</translation>
    </message>
    <message>
        <source>write the language as %1</source>
        <translation>اكتب اللغة هكذا: %1</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number: expected ICC-ASP/&lt;session&gt;/&lt;number&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5)</source>
        <translation>%1 ليس رقم وثيقة من وثائق الجمعية: المتوقع رمز مثل ICC-ASP/23/31 أو ICC-ASP/15/31/Add.1 (الدورة ثم رقم الوثيقة) أو ICC-ASP/17/Res.5 (الدورة ثم رقم القرار)</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number: expected S/&lt;year&gt;/&lt;number&gt; (S/2016/716), S/RES/&lt;number&gt; (&lt;year&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;number&gt; or A/RES/&lt;session&gt;/&lt;number&gt;</source>
        <translation>%1 ليس رمز وثيقة من وثائق الأمم المتحدة: المتوقع رمز مثل S/2016/716 (السنة ثم الرقم) أو S/RES/1593 (2005) (رقم القرار ثم السنة) أو رمز يبدأ بـ A/ أو A/RES/ متبوعاً بالدورة ثم الرقم</translation>
    </message>
    <message>
        <source>no document number given</source>
        <translation>لم يُذكر أي رقم وثيقة</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number: %2</source>
        <translation>%1 ليس رقم وثيقة من وثائق المحكمة: %2</translation>
    </message>
    <message>
        <source>%1: the situation part %2 cannot contain 00</source>
        <translation>%1: جزء الحالة %2 لا يجوز أن يتضمن 00</translation>
    </message>
    <message>
        <source>%1: the case part %2 cannot contain 00</source>
        <translation>%1: جزء القضية %2 لا يجوز أن يتضمن 00</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number: expected ICC-ASP/&lt;session&gt;/&lt;number&gt; (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/&lt;session&gt;/Res.&lt;n&gt; (ICC-ASP/17/Res.5) (did you mean %2?)</source>
        <translation>%1 ليس رقم وثيقة من وثائق الجمعية: المتوقع رمز مثل ICC-ASP/23/31 أو ICC-ASP/15/31/Add.1 (الدورة ثم رقم الوثيقة) أو ICC-ASP/17/Res.5 (الدورة ثم رقم القرار) (هل تقصد %2؟)</translation>
    </message>
    <message>
        <source>%1: session %2 is out of range</source>
        <translation>%1: الدورة %2 خارج النطاق الممكن</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number: expected S/&lt;year&gt;/&lt;number&gt; (S/2016/716), S/RES/&lt;number&gt; (&lt;year&gt;) (S/RES/1593 (2005)), A/&lt;session&gt;/&lt;number&gt; or A/RES/&lt;session&gt;/&lt;number&gt; (did you mean %2?)</source>
        <translation>%1 ليس رمز وثيقة من وثائق الأمم المتحدة: المتوقع رمز مثل S/2016/716 (السنة ثم الرقم) أو S/RES/1593 (2005) (رقم القرار ثم السنة) أو رمز يبدأ بـ A/ أو A/RES/ متبوعاً بالدورة ثم الرقم (هل تقصد %2؟)</translation>
    </message>
    <message>
        <source>%1: year %2 is out of range</source>
        <translation>%1: السنة %2 خارج النطاق الممكن</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number: %2 (did you mean %3?)</source>
        <translation>%1 ليس رقم وثيقة من وثائق المحكمة: %2 (هل تقصد %3؟)</translation>
    </message>
    <message>
        <source>a situation number</source>
        <translation>رقم حالة</translation>
    </message>
    <message>
        <source>a case number</source>
        <translation>رقم قضية</translation>
    </message>
    <message>
        <source>the number of a filing</source>
        <translation>رقم مستند مودَع</translation>
    </message>
    <message>
        <source>an Assembly document</source>
        <translation>وثيقة من وثائق الجمعية</translation>
    </message>
    <message>
        <source>an Assembly resolution</source>
        <translation>قرار من قرارات الجمعية</translation>
    </message>
    <message>
        <source>a Security Council document</source>
        <translation>وثيقة من وثائق مجلس الأمن</translation>
    </message>
    <message>
        <source>a Security Council resolution</source>
        <translation>قرار من قرارات مجلس الأمن</translation>
    </message>
    <message>
        <source>a General Assembly document</source>
        <translation>وثيقة من وثائق الجمعية العامة</translation>
    </message>
    <message>
        <source>a General Assembly resolution</source>
        <translation>قرار من قرارات الجمعية العامة</translation>
    </message>
    <message>
        <source>%1 is not an ICC document number</source>
        <translation>%1 ليس رقم وثيقة من وثائق المحكمة</translation>
    </message>
    <message>
        <source>%1 is not an Assembly document number</source>
        <translation>%1 ليس رقم وثيقة من وثائق الجمعية</translation>
    </message>
    <message>
        <source>%1 is not a United Nations document number</source>
        <translation>%1 ليس رمز وثيقة من وثائق الأمم المتحدة</translation>
    </message>
    <message>
        <source>another kind of number</source>
        <translation>رقم من نوع آخر</translation>
    </message>
    <message>
        <source>%1 is %2; expected %3</source>
        <translation>%1 هو %2؛ والمتوقع %3</translation>
    </message>
    <message>
        <source>a situation number such as ICC-02/05</source>
        <translation>رقم حالة مثل ICC-02/05</translation>
    </message>
    <message>
        <source>a case number such as ICC-02/05-01/09</source>
        <translation>رقم قضية مثل ICC-02/05-01/09</translation>
    </message>
    <message>
        <source>a filing number such as ICC-02/05-01/09-309-ENG</source>
        <translation>رقم مستند مثل ICC-02/05-01/09-309-ENG</translation>
    </message>
    <message>
        <source>a Security Council document such as S/2016/716</source>
        <translation>وثيقة من وثائق مجلس الأمن مثل S/2016/716</translation>
    </message>
    <message>
        <source>a Security Council resolution such as S/RES/1593 (2005)</source>
        <translation>قرار من قرارات مجلس الأمن مثل S/RES/1593 (2005)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ليس من القيم الممكنة: %2</translation>
    </message>
    <message>
        <source>a document number is listed twice</source>
        <translation>رقم وثيقة مذكور مرتين</translation>
    </message>
    <message>
        <source>only a closed alert can be reopened</source>
        <translation>لا يُعاد فتح إلا تنبيه مغلق</translation>
    </message>
    <message>
        <source>log the alert first, then close it with its outcome</source>
        <translation>سجّل التنبيه أولاً، ثم أغلقه مع ذكر نتيجته</translation>
    </message>
    <message>
        <source>%1 is already recorded</source>
        <translation>%1 مسجَّل بالفعل</translation>
    </message>
    <message>
        <source>a case of %1 is numbered %1-NN/NN</source>
        <translation>قضايا الحالة %1 تُرقَّم %1-NN/NN</translation>
    </message>
    <message>
        <source>is before the day it was issued</source>
        <translation>يسبق تاريخ الصدور</translation>
    </message>
    <message>
        <source>only a warrant issued under seal is unsealed</source>
        <translation>لا يُرفع الختم إلا عن أمر صدر مختوماً</translation>
    </message>
    <message>
        <source>is before the decision</source>
        <translation>يسبق القرار</translation>
    </message>
    <message>
        <source>is before the letter&apos;s date</source>
        <translation>يسبق تاريخ الرسالة</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>لا يوجد هذا السجل</translation>
    </message>
    <message>
        <source>no such record; choose one from the list</source>
        <translation>لا يوجد هذا السجل؛ اختر واحداً من القائمة</translation>
    </message>
    <message>
        <source>is not a document of %1</source>
        <translation>ليست وثيقة من وثائق الحالة %1</translation>
    </message>
    <message>
        <source>belongs to another situation</source>
        <translation>تتبع حالة أخرى</translation>
    </message>
    <message>
        <source>a Security Council document means it was referred to the Council</source>
        <translation>وجود وثيقة من وثائق مجلس الأمن يعني أن المسألة أُحيلت إلى المجلس</translation>
    </message>
    <message>
        <source>give the Security Council document for that date</source>
        <translation>اذكر وثيقة مجلس الأمن المؤرخة في ذلك التاريخ</translation>
    </message>
    <message>
        <source>%1 is not a document of %2</source>
        <translation>%1 ليست وثيقة من وثائق الحالة %2</translation>
    </message>
    <message>
        <source>this event is already recorded for this State on that day</source>
        <translation>هذا الحدث مسجَّل بالفعل لهذه الدولة في ذلك اليوم</translation>
    </message>
    <message>
        <source>%1 is not a document of case %2</source>
        <translation>%1 ليست وثيقة من وثائق القضية %2</translation>
    </message>
    <message>
        <source>%1 is already the number of “%2”</source>
        <translation>%1 هو بالفعل رقم «%2»</translation>
    </message>
    <message>
        <source>The backup %1 %2.</source>
        <translation>النسخة الاحتياطية %1 %2.</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>%1 exists; open ncdesk and restore from the File menu instead.</source>
        <translation>%1 موجود؛ افتح ncdesk واستعد النسخة من قائمة الملف بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>is encrypted: unlock the database first</source>
        <translation>مشفّرة: افتح قفل قاعدة البيانات أولاً</translation>
    </message>
    <message>
        <source>was encrypted with another passphrase (an earlier one, or another folder&apos;s)</source>
        <translation>شُفّرت بعبارة مرور أخرى (عبارة سابقة، أو عبارة مجلد آخر)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>لا يمكن فتحها: %1</translation>
    </message>
    <message>
        <source>is not an ncdesk database</source>
        <translation>ليست قاعدة بيانات لـ ncdesk</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>تالفة (%1)</translation>
    </message>
    <message>
        <source>is damaged (its schema is unreadable)</source>
        <translation>تالفة (تتعذّر قراءة مخططها)</translation>
    </message>
    <message>
        <source>The backup could not be written (%1).</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية (%1).</translation>
    </message>
    <message>
        <source>Check the disk space; nothing was lost.</source>
        <translation>تحقّق من المساحة المتاحة على القرص؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1 (%2).</translation>
    </message>
    <message>
        <source>Free some space or check the folder; the database itself is untouched.</source>
        <translation>أفرغ بعض المساحة أو تحقّق من المجلد؛ قاعدة البيانات نفسها لم تُمسّ.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Type it again (it is case-sensitive); nothing was changed.</source>
        <translation>اكتبها مرة أخرى (تُميَّز فيها الأحرف الكبيرة من الصغيرة)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Give the passphrase: at the prompt, or with --passphrase-file FILE or NCDESK_PASSPHRASE_FILE.</source>
        <translation>أدخل عبارة المرور: عند الطلب، أو بالخيار --passphrase-file مع اسم الملف، أو بالمتغير NCDESK_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key-derivation file %2 is missing.</source>
        <translation>قاعدة البيانات %1 مشفّرة، لكن ملف اشتقاق مفتاحها %2 مفقود.</translation>
    </message>
    <message>
        <source>Put it back from your own copy; nothing was changed.</source>
        <translation>أعده من نسختك الخاصة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its first 16 bytes (the salt its key is made from) match no key made in this data folder, and it does not open with this folder&apos;s passphrase (or it was copied here from a data folder with another passphrase).</source>
        <translation>الملف %1 تالف: أول 16 بايت فيه (الملح الذي يُشتق منه مفتاحه) لا تطابق أي مفتاح أُنشئ في مجلد البيانات هذا، ولا يُفتح بعبارة مرور هذا المجلد (أو نُسخ إلى هنا من مجلد بيانات له عبارة مرور أخرى).</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن %1 حرفاً.</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>لا يجوز أن تتكون عبارة المرور من مسافات فقط.</translation>
    </message>
    <message>
        <source>A copy is kept at %1: copy it back into the data folder, then open ncdesk again. Nothing was changed.</source>
        <translation>تُحفظ نسخة منه في %1: انسخها إلى مجلد البيانات، ثم افتح ncdesk مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 was encrypted with a passphrase ncdesk has no record of.</source>
        <translation>شُفّر %1 بعبارة مرور لا يوجد لها أي أثر لدى ncdesk.</translation>
    </message>
    <message>
        <source>It may be damaged, or come from another data folder; nothing was changed.</source>
        <translation>قد يكون تالفاً، أو آتياً من مجلد بيانات آخر؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The key-derivation file %1 cannot be read (%2).</source>
        <translation>تتعذّر قراءة ملف اشتقاق المفتاح %1 (%2).</translation>
    </message>
    <message>
        <source>Put back the copy kept in the backups folder, or restore it from your own copy; nothing was changed.</source>
        <translation>أعد النسخة المحفوظة في مجلد النسخ الاحتياطية، أو استعده من نسختك الخاصة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): it does not start as an SQLite file.</source>
        <translation>ملف قاعدة البيانات تالف (%1): لا يبدأ كما يبدأ ملف SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not an ncdesk database.</source>
        <translation>%1 ملف SQLite، لكنه ليس قاعدة بيانات لـ ncdesk.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ncdesk (schema %2, this is ncdesk %3 with schema %4).</source>
        <translation>كُتب %1 بإصدار أحدث من ncdesk (المخطط %2؛ وهذا الإصدار ncdesk %3 بالمخطط %4).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): %2.</source>
        <translation>ملف قاعدة البيانات تالف (%1): %2.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1): its schema is damaged.</source>
        <translation>تتعذّر قراءة ملف قاعدة البيانات (%1): مخططه تالف.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check: %2.</source>
        <translation>النسخة الاحتياطية %1 لم تجتز فحصها: %2.</translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging for %1 (journal mode is %2).</source>
        <translation>يتعذّر استخدام التسجيل المسبق للكتابة (WAL) لـ %1 (وضع السجل %2).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): its schema is unreadable.</source>
        <translation>ملف قاعدة البيانات تالف (%1): تتعذّر قراءة مخططه.</translation>
    </message>
    <message>
        <source>The encrypted database file is damaged (%1): it does not decrypt.</source>
        <translation>ملف قاعدة البيانات المشفّر تالف (%1): يتعذّر فك تشفيره.</translation>
    </message>
    <message>
        <source>The database file cannot be read (%1): %2.</source>
        <translation>تتعذّر قراءة ملف قاعدة البيانات (%1): %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>جارٍ اشتقاق المفتاح…</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>جارٍ تشفير قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>جارٍ فك تشفير قاعدة البيانات…</translation>
    </message>
    <message>
        <source>The converted copy %1 was not encrypted with the new key.</source>
        <translation>النسخة المحوَّلة %1 لم تُشفَّر بالمفتاح الجديد.</translation>
    </message>
    <message>
        <source>Converting backup %1 of %2…</source>
        <translation>جارٍ تحويل النسخة الاحتياطية %1 من %2…</translation>
    </message>
    <message>
        <source>The attachment %1 is encrypted; unlock the database first.</source>
        <translation>المرفق %1 مشفّر؛ افتح قفل قاعدة البيانات أولاً.</translation>
    </message>
    <message>
        <source>Converting attachment %1 of %2…</source>
        <translation>جارٍ تحويل المرفق %1 من %2…</translation>
    </message>
    <message>
        <source>Converting damaged copy %1 of %2…</source>
        <translation>جارٍ تحويل النسخة التالفة %1 من %2…</translation>
    </message>
    <message>
        <source>Encrypted the database, %1 backup(s), %2 damaged copy(ies) and %3 attachment(s).</source>
        <translation>شُفّرت قاعدة البيانات و%1 من النسخ الاحتياطية و%2 من النسخ التالفة و%3 من المرفقات.</translation>
    </message>
    <message>
        <source>Encrypted %1 backup(s), %2 damaged copy(ies) and %3 attachment(s) left in clear.</source>
        <translation>شُفّرت %1 من النسخ الاحتياطية و%2 من النسخ التالفة و%3 من المرفقات كانت متروكة دون تشفير.</translation>
    </message>
    <message>
        <source>Removed %1 unfinished backup or conversion file(s).</source>
        <translation>حُذف %1 من ملفات النسخ الاحتياطي أو التحويل غير المكتملة.</translation>
    </message>
    <message>
        <source>Removed %1 unreadable plain copy(ies) with your agreement.</source>
        <translation>حُذفت بموافقتك %1 من النسخ غير المشفّرة المتعذّرة قراءتها.</translation>
    </message>
    <message>
        <source>%1 plain copy(ies) could not be read to be encrypted and stay readable by anyone who has this computer&apos;s files: %2.</source>
        <translation>تعذّرت قراءة %1 من النسخ غير المشفّرة لتشفيرها، وتبقى قابلة للقراءة لأي شخص لديه ملفات هذا الحاسوب: %2.</translation>
    </message>
    <message>
        <source>The database is already encrypted.</source>
        <translation>قاعدة البيانات مشفّرة بالفعل.</translation>
    </message>
    <message>
        <source>Use Change passphrase instead.</source>
        <translation>استخدم «تغيير عبارة المرور» بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>قاعدة البيانات غير مشفّرة.</translation>
    </message>
    <message>
        <source>Use Encrypt this database instead.</source>
        <translation>استخدم «تشفير قاعدة البيانات هذه» بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>جارٍ إعادة تشفير قاعدة البيانات…</translation>
    </message>
    <message>
        <source>%1 backup(s) could not be decrypted (%2).</source>
        <translation>تعذّر فك تشفير %1 من النسخ الاحتياطية (%2).</translation>
    </message>
    <message>
        <source>Delete them (Restore a backup… shows them) or restore them first; the database is still encrypted.</source>
        <translation>احذفها (تعرضها «استعادة نسخة احتياطية…») أو استعدها أولاً؛ قاعدة البيانات لا تزال مشفّرة.</translation>
    </message>
    <message>
        <source>The converted copy %1 failed its check (%2).</source>
        <translation>النسخة المحوَّلة %1 لم تجتز فحصها (%2).</translation>
    </message>
    <message>
        <source>The converted copy %1 does not hold every record.</source>
        <translation>النسخة المحوَّلة %1 لا تحتوي على جميع السجلات.</translation>
    </message>
    <message>
        <source>The converted copy %1 is not marked as ncdesk&apos;s.</source>
        <translation>النسخة المحوَّلة %1 غير موسومة بأنها من ncdesk.</translation>
    </message>
    <message>
        <source>The stored attachment %1 is damaged: it does not decrypt.</source>
        <translation>المرفق المحفوظ %1 تالف: يتعذّر فك تشفيره.</translation>
    </message>
    <message>
        <source>The database is still in use by another connection; close it and try again.</source>
        <translation>قاعدة البيانات لا تزال قيد الاستخدام في اتصال آخر؛ أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Install the newer version of ncdesk to open it; the file was left unchanged.</source>
        <translation>ثبّت الإصدار الأحدث من ncdesk لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: you can read and export, nothing can be saved.</source>
        <translation>مجلد البيانات %1 للقراءة فقط: يمكنك القراءة والتصدير، ولا يمكن حفظ أي شيء.</translation>
    </message>
    <message>
        <source>To change it, copy the folder to a place you may write to and open the copy (--data-dir).</source>
        <translation>لتعديله، انسخ المجلد إلى مكان يُسمح لك بالكتابة فيه وافتح النسخة (--data-dir).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only and holds no database; ncdesk cannot create one there.</source>
        <translation>مجلد البيانات %1 للقراءة فقط ولا يحتوي على قاعدة بيانات؛ ولا يمكن لـ ncdesk إنشاء قاعدة بيانات فيه.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to (--data-dir).</source>
        <translation>اختر مجلداً يُسمح لك بالكتابة فيه (--data-dir).</translation>
    </message>
    <message>
        <source>%1 The folder is read-only, so the file was left as it is.</source>
        <translation>%1 المجلد للقراءة فقط، لذلك تُرك الملف كما هو.</translation>
    </message>
    <message>
        <source>Copy the folder to a place you may write to, open the copy and restore its last good backup there.</source>
        <translation>انسخ المجلد إلى مكان يُسمح لك بالكتابة فيه، وافتح النسخة واستعد فيها آخر نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>%1 was written by an older ncdesk and must be upgraded, which cannot be done in a read-only folder.</source>
        <translation>كُتب %1 بإصدار أقدم من ncdesk ويجب ترقيته، وهو ما لا يمكن القيام به في مجلد للقراءة فقط.</translation>
    </message>
    <message>
        <source>Copy the data folder to a place you may write to and open the copy (--data-dir).</source>
        <translation>انسخ مجلد البيانات إلى مكان يُسمح لك بالكتابة فيه وافتح النسخة (--data-dir).</translation>
    </message>
    <message>
        <source>%1 was not closed cleanly: its last changes are in %2, which can only be read in a folder you may write to.</source>
        <translation>لم يُغلق %1 على نحو سليم: آخر تغييراته موجودة في %2، الذي لا يمكن قراءته إلا في مجلد يُسمح لك بالكتابة فيه.</translation>
    </message>
    <message>
        <source>Restore the last good backup; the damaged file was not changed.</source>
        <translation>استعد آخر نسخة احتياطية سليمة؛ لم يُغيَّر الملف التالف.</translation>
    </message>
    <message>
        <source>Close the other ncdesk window or command using it, then try again.</source>
        <translation>أغلق نافذة ncdesk الأخرى أو الأمر الذي يستخدمها، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Check that you may write to the data folder, or choose another with --data-dir.</source>
        <translation>تحقّق من أن لديك إذن الكتابة في مجلد البيانات، أو اختر مجلداً آخر بالخيار --data-dir.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again; nothing was saved.</source>
        <translation>أفرغ بعض المساحة على القرص، ثم حاول مرة أخرى؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Restore the last good backup: ncdesk restore %1 (in the window: File ▸ Restore…).</source>
        <translation>استعد آخر نسخة احتياطية سليمة: ncdesk restore %1 (في النافذة: الملف ◂ استعادة نسخة احتياطية…).</translation>
    </message>
    <message>
        <source>%1 Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>%1 أو ابدأ من جديد بقاعدة بيانات فارغة: ncdesk init --new (في النافذة: البدء بقاعدة بيانات جديدة).</translation>
    </message>
    <message>
        <source>There is no good backup. To start anew, with an empty database: ncdesk init --new (in the window: Start a new database); ncdesk does not do it by itself.</source>
        <translation>لا توجد نسخة احتياطية سليمة. للبدء من جديد بقاعدة بيانات فارغة: ncdesk init --new (في النافذة: البدء بقاعدة بيانات جديدة)؛ ولا يقوم ncdesk بذلك من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>The database of %1 was moved to %2 on %3 because it was damaged; ncdesk does not start a new database by itself.</source>
        <translation>نُقلت قاعدة بيانات %1 إلى %2 في %3 لأنها كانت تالفة؛ ولا يبدأ ncdesk قاعدة بيانات جديدة من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database of %1 was moved aside as damaged; ncdesk does not start a new database by itself.</source>
        <translation>نُحّيت قاعدة بيانات %1 جانباً لأنها تالفة؛ ولا يبدأ ncdesk قاعدة بيانات جديدة من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>The database of the encrypted data folder %1 is missing; ncdesk does not start a new database by itself (it would not be encrypted).</source>
        <translation>قاعدة بيانات مجلد البيانات المشفّر %1 مفقودة؛ ولا يبدأ ncdesk قاعدة بيانات جديدة من تلقاء نفسه (لن تكون مشفّرة).</translation>
    </message>
    <message>
        <source>Restore the last good backup: ncdesk restore %1 (in the window: Restore the backup). Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>استعد آخر نسخة احتياطية سليمة: ncdesk restore %1 (في النافذة: استعادة النسخة الاحتياطية). أو ابدأ من جديد بقاعدة بيانات فارغة: ncdesk init --new (في النافذة: البدء بقاعدة بيانات جديدة).</translation>
    </message>
    <message>
        <source>Restore a backup if you have one (ncdesk backups lists them; ncdesk restore FILE), or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).</source>
        <translation>استعد نسخة احتياطية إن كانت لديك (يسردها ncdesk backups؛ ncdesk restore FILE)، أو ابدأ من جديد بقاعدة بيانات فارغة: ncdesk init --new (في النافذة: البدء بقاعدة بيانات جديدة).</translation>
    </message>
    <message>
        <source>The data folder %1 is encrypted: a new database there is encrypted with its passphrase.</source>
        <translation>مجلد البيانات %1 مشفّر: تُشفَّر فيه أي قاعدة بيانات جديدة بعبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <source>There is a database in %1 already; nothing was changed.</source>
        <translation>توجد قاعدة بيانات في %1 بالفعل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>A new database is started only where the damaged one was moved aside.</source>
        <translation>لا تُبدأ قاعدة بيانات جديدة إلا حيث نُحّيت القاعدة التالفة جانباً.</translation>
    </message>
    <message>
        <source>Changes recorded up to number %1 are missing from the database %2 (it ends at number %3): its write-ahead log (-wal) was lost.</source>
        <translation>تغييرات مسجلة حتى الرقم %1 مفقودة من قاعدة البيانات %2 (تنتهي عند الرقم %3): فُقد سجل الكتابة المسبقة الخاص بها (-wal).</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes).</source>
        <translation>ملف قاعدة البيانات %1 فارغ (0 بايت).</translation>
    </message>
    <message>
        <source>The damaged file was moved to %1; nothing was deleted.</source>
        <translation>نُقل الملف التالف إلى %1؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>The database is in use by another ncdesk%1.</source>
        <translation>قاعدة البيانات قيد الاستخدام في نسخة أخرى من ncdesk%1.</translation>
    </message>
    <message>
        <source>The database cannot be written%1.</source>
        <translation>تتعذّر الكتابة في قاعدة البيانات%1.</translation>
    </message>
    <message>
        <source>The disk is full%1.</source>
        <translation>القرص ممتلئ%1.</translation>
    </message>
    <message>
        <source>The database file is damaged or not an ncdesk database%1.</source>
        <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات لـ ncdesk%1.</translation>
    </message>
    <message>
        <source>The database file cannot be opened%1.</source>
        <translation>يتعذّر فتح ملف قاعدة البيانات%1.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error%1.</source>
        <translation>أبلغ القرص عن خطأ في الإدخال/الإخراج%1.</translation>
    </message>
    <message>
        <source>The database is damaged: the column %1 holds text that is not valid UTF-8%2.</source>
        <translation>قاعدة البيانات تالفة: يحتوي العمود %1 على نص ليس بترميز UTF-8 صالح%2.</translation>
    </message>
    <message>
        <source>Choose a data folder with a shorter path, with --data-dir (or NCDESK_DATA_DIR).</source>
        <translation>اختر مجلد بيانات ذا مسار أقصر، باستخدام --data-dir (أو NCDESK_DATA_DIR).</translation>
    </message>
    <message>
        <source>The path of the data folder is too long (%1 bytes; at most %2): its database and backups could not be written (%3).</source>
        <translation>مسار مجلد البيانات طويل جداً (%1 بايت؛ والحد الأقصى %2): تعذّرت كتابة قاعدة بياناته ونسخها الاحتياطية (%3).</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares entities or a DTD (an XML bomb?), in %1; refused unread</source>
        <translation>يُعلن XML المصنف كيانات أو DTD (قنبلة XML؟)، في %1؛ رُفض دون قراءته</translation>
    </message>
    <message>
        <source>The passphrase is one of the commonest or close to one: it would be guessed at once. Add another word or two; uncommon words are best.</source>
        <translation>عبارة المرور من أكثر العبارات شيوعاً أو قريبة من إحداها: ستُخمَّن فوراً. أضف كلمة أو كلمتين أخريين؛ والأفضل كلمات غير شائعة.</translation>
    </message>
    <message>
        <source>The passphrase is weak: someone with the laptop could guess it with some effort. A sentence of four or more uncommon words is much safer.</source>
        <translation>عبارة المرور ضعيفة: يمكن لمن يحوز الحاسوب المحمول تخمينها ببعض الجهد. والجملة المؤلفة من أربع كلمات غير شائعة أو أكثر أكثر أماناً بكثير.</translation>
    </message>
    <message>
        <source>Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �); or restore the last good backup: ncdesk restore %1.</source>
        <translation>شغّل ncdesk check لمعرفة الموضع، ثم ncdesk check --repair لإصلاحها (تصبح الأحرف التالفة �)؛ أو استعد آخر نسخة احتياطية سليمة: ncdesk restore %1.</translation>
    </message>
    <message>
        <source>Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �).</source>
        <translation>شغّل ncdesk check لمعرفة الموضع، ثم ncdesk check --repair لإصلاحها (تصبح الأحرف التالفة �).</translation>
    </message>
    <message>
        <source>Free some space or close the other program using the database, then export again to record it.</source>
        <translation>أفرغ بعض المساحة أو أغلق البرنامج الآخر الذي يستخدم قاعدة البيانات، ثم صدّر مرة أخرى لتسجيل التصدير.</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the history: %2</source>
        <translation>كُتب %1، لكن تعذّر تسجيل التصدير في السجل التاريخي: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. Edit the record itself instead.</source>
        <translation>لم يتغيّر شيء. عدّل السجل نفسه بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>No change %1 in the history.</source>
        <translation>لا يوجد تغيير %1 في السجل التاريخي.</translation>
    </message>
    <message>
        <source>%1 wrote a file, which the database cannot take back; delete the file if it should not exist (the history keeps the record of the export).</source>
        <translation>كتب %1 ملفاً لا تستطيع قاعدة البيانات استرجاعه؛ احذف الملف إن لم يكن ينبغي أن يوجد (يحتفظ السجل التاريخي بقيد التصدير).</translation>
    </message>
    <message>
        <source>The change %1 wrote nothing; there is nothing to revert.</source>
        <translation>التغيير %1 لم يكتب شيئاً؛ لا يوجد ما يُتراجَع عنه.</translation>
    </message>
    <message>
        <source>Cannot revert a change to %1.</source>
        <translation>يتعذّر التراجع عن تغيير في %1.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record it added is gone.</source>
        <translation>يتعذّر التراجع عن %1: السجل الذي أضافه لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد ما يُتراجَع عنه.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record exists again.</source>
        <translation>يتعذّر التراجع عن %1: السجل موجود مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot revert %1: the record it changed is gone.</source>
        <translation>يتعذّر التراجع عن %1: السجل الذي غيّره لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>Cannot revert %1: %2 was changed again since.</source>
        <translation>يتعذّر التراجع عن %1: الحقل «%2» تغيّر مرة أخرى منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Cannot revert %1: records added since refer to what it added.</source>
        <translation>يتعذّر التراجع عن %1: سجلات أضيفت بعده تشير إلى ما أضافه.</translation>
    </message>
    <message>
        <source>Close the other ncdesk (window or command) using this data folder, then try again.</source>
        <translation>أغلق نسخة ncdesk الأخرى (نافذة أو أمراً) التي تستخدم مجلد البيانات هذا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1، العملية %2 على %3</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1، العملية %2</translation>
    </message>
    <message>
        <source>ncdesk is already open on this data folder (%1).</source>
        <translation>ncdesk مفتوح بالفعل على مجلد البيانات هذا (%1).</translation>
    </message>
    <message>
        <source>ncdesk is already open on this data folder (%1, since %2).</source>
        <translation>ncdesk مفتوح بالفعل على مجلد البيانات هذا (%1، منذ %2).</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>لا يوجد سجل %1 بالمعرّف %2.</translation>
    </message>
    <message>
        <source>These are one record already: there is nothing to merge.</source>
        <translation>هذان سجل واحد أصلاً: لا شيء للدمج.</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>ليس لـ%1 حقل %2</translation>
    </message>
    <message>
        <source>no State given</source>
        <translation>لم تُذكر أي دولة</translation>
    </message>
    <message>
        <source>%1 matches several States: %2; say which</source>
        <translation>%1 يطابق عدة دول: %2؛ حدّد أيّها</translation>
    </message>
    <message>
        <source>unknown State %1</source>
        <translation>دولة غير معروفة %1</translation>
    </message>
    <message>
        <source>unknown State %1; closest: %2</source>
        <translation>دولة غير معروفة %1؛ الأقرب: %2</translation>
    </message>
    <message>
        <source>no person given</source>
        <translation>لم يُذكر أي شخص</translation>
    </message>
    <message>
        <source>%1 matches several persons: %2; say which</source>
        <translation>%1 يطابق عدة أشخاص: %2؛ حدّد أيّهم</translation>
    </message>
    <message>
        <source>unknown person %1</source>
        <translation>شخص غير معروف %1</translation>
    </message>
    <message>
        <source>unknown person %1; closest: %2</source>
        <translation>شخص غير معروف %1؛ الأقرب: %2</translation>
    </message>
    <message>
        <source>no situation given</source>
        <translation>لم تُذكر أي حالة</translation>
    </message>
    <message>
        <source>%1 matches several situations: %2; say which</source>
        <translation>%1 يطابق عدة حالات: %2؛ حدّد أيّها</translation>
    </message>
    <message>
        <source>unknown situation %1</source>
        <translation>حالة غير معروفة %1</translation>
    </message>
    <message>
        <source>unknown situation %1; closest: %2</source>
        <translation>حالة غير معروفة %1؛ الأقرب: %2</translation>
    </message>
    <message>
        <source>no case given</source>
        <translation>لم تُذكر أي قضية</translation>
    </message>
    <message>
        <source>%1 matches several cases: %2; say which</source>
        <translation>%1 يطابق عدة قضايا: %2؛ حدّد أيّها</translation>
    </message>
    <message>
        <source>unknown case %1</source>
        <translation>قضية غير معروفة %1</translation>
    </message>
    <message>
        <source>unknown case %1; closest: %2</source>
        <translation>قضية غير معروفة %1؛ الأقرب: %2</translation>
    </message>
    <message>
        <source>%1: give at least the first 4 characters of the alert&apos;s id</source>
        <translation>%1: اذكر على الأقل أول 4 أحرف من معرّف التنبيه</translation>
    </message>
    <message>
        <source>no travel alert has an id starting with %1 (see ncdesk alert list)</source>
        <translation>لا يوجد تنبيه سفر يبدأ معرّفه بـ %1 (انظر ncdesk alert list)</translation>
    </message>
    <message>
        <source>%1 matches %2 alerts; give more characters of the id</source>
        <translation>%1 يطابق %2 من التنبيهات؛ اذكر مزيداً من أحرف المعرّف</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>لا يمكن إضافته: %1</translation>
    </message>
    <message>
        <source>the format is %1; expected %2</source>
        <translation>الصيغة %1؛ والمتوقع %2</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>المتوقع عدد صحيح، والموجود %1</translation>
    </message>
    <message>
        <source>written by a newer ncdesk (format version %1); this ncdesk reads version %2</source>
        <translation>كُتب بإصدار أحدث من ncdesk (إصدار الصيغة %1)؛ وهذا الإصدار من ncdesk يقرأ الإصدار %2</translation>
    </message>
    <message>
        <source>%1 is not a format version</source>
        <translation>%1 ليس إصدار صيغة</translation>
    </message>
    <message>
        <source>expected an object of tables, each a list of rows</source>
        <translation>المتوقع كائن من الجداول، كل منها قائمة صفوف</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>لا جدول</translation>
    </message>
    <message>
        <source>holds none of the tables of an ncdesk export (found %1)</source>
        <translation>لا يحتوي على أي من جداول تصدير ncdesk (الموجود %1)</translation>
    </message>
    <message>
        <source>expected text or null</source>
        <translation>المتوقع نص أو null</translation>
    </message>
    <message>
        <source>another record already has this value</source>
        <translation>سجل آخر له هذه القيمة بالفعل</translation>
    </message>
    <message>
        <source>refers to a record that is neither in the file nor in the database</source>
        <translation>يشير إلى سجل غير موجود في الملف ولا في قاعدة البيانات</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>المتوقع %1، والموجود %2</translation>
    </message>
    <message>
        <source>expected a list of rows, found a JSON %1</source>
        <translation>المتوقع قائمة صفوف، والموجود %1 بصيغة JSON</translation>
    </message>
    <message>
        <source>expected an object, found a JSON %1</source>
        <translation>المتوقع كائن، والموجود %1 بصيغة JSON</translation>
    </message>
    <message>
        <source>expected the record&apos;s id (a UUID of 36 characters)</source>
        <translation>المتوقع معرّف السجل (UUID من 36 حرفاً)</translation>
    </message>
    <message>
        <source>this id is already the id of a %1</source>
        <translation>هذا المعرّف هو بالفعل معرّف سجل «%1»</translation>
    </message>
    <message>
        <source>recorded here as a %1 record, in the file as a %2 record</source>
        <translation>مسجَّل هنا كسجل «%1»، وفي الملف كسجل «%2»</translation>
    </message>
    <message>
        <source>the same id as row %1 of this table, with different content</source>
        <translation>المعرّف نفسه الذي في الصف %1 من هذا الجدول، بمحتوى مختلف</translation>
    </message>
    <message>
        <source>no column is recognised: the header row must name the columns, or they must be mapped (see the templates; docs/IMPORT_FORMAT.md)</source>
        <translation>لم يُتعرَّف على أي عمود: يجب أن يسمّي صف العناوين الأعمدة، أو أن تُربط الأعمدة (انظر النماذج؛ docs/IMPORT_FORMAT.md)</translation>
    </message>
    <message>
        <source>State, date and addressee</source>
        <translation>الدولة والتاريخ والمرسل إليه</translation>
    </message>
    <message>
        <source>row 1 above the header is not read: %1</source>
        <translation>الصف 1 فوق العناوين لا يُقرأ: %1</translation>
    </message>
    <message>
        <source>rows 1–%1 above the header are not read: %2</source>
        <translation>الصفوف 1–%1 فوق العناوين لا تُقرأ: %2</translation>
    </message>
    <message>
        <source>row %1 is the import template&apos;s example: not imported</source>
        <translation>الصف %1 هو مثال نموذج الاستيراد: لا يُستورد</translation>
    </message>
    <message>
        <source>this row is marked as the template&apos;s example (%1) but holds other values: delete that cell to import the row, or delete the row</source>
        <translation>هذا الصف معلَّم على أنه مثال النموذج (%1) لكنه يحوي قيماً أخرى: احذف تلك الخلية لاستيراد الصف، أو احذف الصف</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>الورقة «%1»: %2</translation>
    </message>
    <message>
        <source>row %1 repeats the header: not read</source>
        <translation>الصف %1 يكرر العناوين: لا يُقرأ</translation>
    </message>
    <message>
        <source>more than %1 merged ranges in a sheet</source>
        <translation>أكثر من %1 نطاق مدمج في ورقة واحدة</translation>
    </message>
    <message>
        <source>a value in column %1, which the header row does not name</source>
        <translation>قيمة في العمود %1 الذي لا يسمّيه صف العناوين</translation>
    </message>
    <message>
        <source>The PDF could not be typeset (%1): %2</source>
        <translation>تعذّر تنضيد ملف PDF ‏(%1): %2</translation>
    </message>
    <message>
        <source>A card needs a name, such as “Mexico — focal point”.</source>
        <translation>تحتاج البطاقة إلى اسم، مثل «المكسيك — جهة التنسيق».</translation>
    </message>
    <message>
        <source>A card&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>لا يتجاوز اسم البطاقة %1 حرفاً؛ وهذا الاسم فيه %2.</translation>
    </message>
    <message>
        <source>A card&apos;s name is one line of text, without control characters.</source>
        <translation>اسم البطاقة سطر واحد من النص، بلا أحرف تحكم.</translation>
    </message>
    <message>
        <source>The card is damaged (changed or cut when it was copied): ask its owner to send it again.</source>
        <translation>البطاقة تالفة (عُدِّلت أو بُترت عند نسخها): اطلب من صاحبها إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>The card was made by a newer ncdesk (card format %1): update ncdesk, then add it again.</source>
        <translation>أُنشئت البطاقة بإصدار أحدث من ncdesk (صيغة البطاقة %1): حدّث ncdesk، ثم أضفها مرة أخرى.</translation>
    </message>
    <message>
        <source>No ncdesk card in this text: give the whole card, from %1 to %2.</source>
        <translation>لا توجد بطاقة ncdesk في هذا النص: أدخل البطاقة كاملة، من %1 إلى %2.</translation>
    </message>
    <message>
        <source>This text holds %1 different cards: add them one at a time.</source>
        <translation>يحتوي هذا النص على %1 من البطاقات المختلفة: أضفها واحدة تلو الأخرى.</translation>
    </message>
    <message>
        <source>This file is not an ncdesk package: nothing was read from it.</source>
        <translation>هذا الملف ليس حزمة ncdesk: لم يُقرأ منه شيء.</translation>
    </message>
    <message>
        <source>The package is incomplete (cut short, perhaps still being copied): wait until the copy has finished, or ask the sender to send it again.</source>
        <translation>الحزمة غير مكتملة (مبتورة، وربما لا يزال نسخها جارياً): انتظر حتى ينتهي النسخ، أو اطلب من المرسِل إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>The package is addressed to other focal points, not to this installation: ask the sender to share it to you (with your current card).</source>
        <translation>الحزمة موجهة إلى جهات تنسيق أخرى، لا إلى هذا التثبيت: اطلب من المرسِل مشاركتها معك (باستخدام بطاقتك الحالية).</translation>
    </message>
    <message>
        <source>The package is locked with a passphrase (a handover): give the passphrase its sender chose.</source>
        <translation>الحزمة مقفلة بعبارة مرور (تسليم): أدخل عبارة المرور التي اختارها مرسِلها.</translation>
    </message>
    <message>
        <source>The passphrase does not open this package: type it again (it is case-sensitive), or ask the sender.</source>
        <translation>عبارة المرور لا تفتح هذه الحزمة: اكتبها مرة أخرى (تُميَّز فيها الأحرف الكبيرة من الصغيرة)، أو اسأل المرسِل.</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (package format %1; this one reads up to %2): update ncdesk, then receive it again.</source>
        <translation>أُنشئت الحزمة بإصدار أحدث من ncdesk (صيغة الحزمة %1؛ وهذا الإصدار يقرأ حتى الصيغة %2): حدّث ncdesk، ثم استلمها مرة أخرى.</translation>
    </message>
    <message>
        <source>The package was changed or damaged after it was signed (or the copy is incomplete): nothing was read from it; ask the sender to send it again.</source>
        <translation>عُدِّلت الحزمة أو تلفت بعد توقيعها (أو أن النسخة غير مكتملة): لم يُقرأ منها شيء؛ اطلب من المرسِل إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>The package is signed by %1 (fingerprint %2), who is not among your contacts: compare the fingerprint with them by phone, then add their card with `ncdesk contact add CARD`.</source>
        <translation>الحزمة موقَّعة من %1 (البصمة %2)، وهو ليس من جهات اتصالك: قارن البصمة معه هاتفياً، ثم أضف بطاقته بالأمر `ncdesk contact add` مع ملف البطاقة.</translation>
    </message>
    <message>
        <source>The package is larger than ncdesk accepts (%1 bytes; at most %2): ask the sender to share fewer changes at a time.</source>
        <translation>حجم الحزمة أكبر مما يقبله ncdesk (%1 بايت؛ والحد الأقصى %2): اطلب من المرسِل مشاركة تغييرات أقل في كل مرة.</translation>
    </message>
    <message>
        <source>The record changed since the package was previewed (an edit, or another package received).</source>
        <translation>تغيّرت البيانات منذ معاينة الحزمة (تعديل، أو استلام حزمة أخرى).</translation>
    </message>
    <message>
        <source>Nothing was changed. Open the package again to see what it would do now.</source>
        <translation>لم يُغيَّر أي شيء. افتح الحزمة مرة أخرى لترى ما ستفعله الآن.</translation>
    </message>
    <message>
        <source>an attached file is malformed</source>
        <translation>ملف مرفق مشوَّه</translation>
    </message>
    <message>
        <source>an attached file has the name of one already here</source>
        <translation>ملف مرفق يحمل اسم ملف موجود هنا من قبل</translation>
    </message>
    <message>
        <source>an attached file does not match its fingerprint</source>
        <translation>ملف مرفق لا يطابق بصمته</translation>
    </message>
    <message>
        <source>its attached files are malformed</source>
        <translation>ملفاتها المرفقة مشوَّهة</translation>
    </message>
    <message>
        <source>an attached file has a name ncdesk does not make</source>
        <translation>ملف مرفق يحمل اسماً لا يُنشئه ncdesk</translation>
    </message>
    <message>
        <source>the file %1 is not text</source>
        <translation>الملف %1 ليس نصاً</translation>
    </message>
    <message>
        <source>Nothing was changed. If they publish them (the Secretariat), mark them so: ncdesk contact add CARD --publisher, or in the Team view.</source>
        <translation>لم يُغيَّر أي شيء. إذا كان هو من ينشر هذه الإصدارات (الأمانة)، فحدِّده بذلك: ncdesk contact add مع ملف البطاقة و--publisher، أو في عرض الفريق.</translation>
    </message>
    <message>
        <source>Say whom the release is for (contacts).</source>
        <translation>حدّد لمن الإصدار (جهات اتصال).</translation>
    </message>
    <message>
        <source>its content is not readable (%1)</source>
        <translation>محتواها غير مقروء (%1)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 مفقود</translation>
    </message>
    <message>
        <source>it was signed by %1 but says it comes from another installation</source>
        <translation>وقّعها %1 لكنها تفيد بأنها صادرة عن تثبيت آخر</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (release format %1; this ncdesk reads %2).</source>
        <translation>أُنشئت الحزمة بإصدار أحدث من ncdesk (صيغة الإصدار %1؛ وهذا الإصدار من ncdesk يقرأ الصيغة %2).</translation>
    </message>
    <message>
        <source>it holds a file that is not reference data (%1)</source>
        <translation>تحتوي على ملف ليس من البيانات المرجعية (%1)</translation>
    </message>
    <message>
        <source>it holds no reference files</source>
        <translation>لا تحتوي على أي ملف مرجعي</translation>
    </message>
    <message>
        <source>The package holds the reference release %1, older than the one here (%2).</source>
        <translation>تحتوي الحزمة على إصدار البيانات المرجعية %1، وهو أقدم من الإصدار الموجود هنا (%2).</translation>
    </message>
    <message>
        <source>The package is a reference release, and %1 is not marked as the publisher of reference releases.</source>
        <translation>الحزمة إصدار للبيانات المرجعية، و%1 غير محدَّد بوصفه ناشر إصدارات البيانات المرجعية.</translation>
    </message>
    <message>
        <source>its reference data is not valid (%1)</source>
        <translation>بياناتها المرجعية غير صالحة (%1)</translation>
    </message>
    <message>
        <source>Say whom the package is for (a contact), or give a passphrase for a handover.</source>
        <translation>حدّد لمن الحزمة (جهة اتصال)، أو أدخل عبارة مرور للتسليم.</translation>
    </message>
    <message>
        <source>The package cannot be applied: it was signed by %1 but says it comes from another installation.</source>
        <translation>لا يمكن تطبيق الحزمة: وقّعها %1 لكنها تفيد بأنها صادرة عن تثبيت آخر.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the sender for a new package.</source>
        <translation>لم يتغيّر شيء. اطلب من المرسِل حزمة جديدة.</translation>
    </message>
    <message>
        <source>The package cannot be applied: its content is not readable (%1).</source>
        <translation>لا يمكن تطبيق الحزمة: محتواها غير مقروء (%1).</translation>
    </message>
    <message>
        <source>The file %1 is too large for a package (%2 bytes).</source>
        <translation>الملف %1 أكبر من أن يكون حزمة (%2 بايت).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>Create it first: ncdesk identity --name NAME.</source>
        <translation>أنشئها أولاً: ncdesk identity --name مع الاسم.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>No contact is called %1 (contacts: %2).</source>
        <translation>لا توجد جهة اتصال باسم %1 (جهات الاتصال: %2).</translation>
    </message>
    <message>
        <source>The package cannot be applied: %1.</source>
        <translation>لا يمكن تطبيق الحزمة: %1.</translation>
    </message>
    <message>
        <source>This data folder has no identity for sharing yet.</source>
        <translation>ليست لمجلد البيانات هذا هوية للمشاركة بعد.</translation>
    </message>
    <message>
        <source>This card is this data folder&apos;s own card.</source>
        <translation>هذه البطاقة هي بطاقة مجلد البيانات هذا نفسه.</translation>
    </message>
    <message>
        <source>The contact %1 is already recorded with other keys: a card that claims to be theirs with different keys may not come from them.</source>
        <translation>جهة الاتصال %1 مسجَّلة بالفعل بمفاتيح أخرى: فالبطاقة التي تدّعي أنها لها بمفاتيح مختلفة قد لا تكون صادرة عنها.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with them by phone; if they made new keys, remove the contact first.</source>
        <translation>قارن البصمة هاتفياً مع صاحبها؛ وإذا كان قد أنشأ مفاتيح جديدة، فأزل جهة الاتصال أولاً.</translation>
    </message>
    <message>
        <source>These keys are already the contact %1&apos;s.</source>
        <translation>هذه المفاتيح هي بالفعل مفاتيح جهة الاتصال %1.</translation>
    </message>
    <message>
        <source>%1 has no valid version</source>
        <translation>ليس لـ %1 إصدار صالح</translation>
    </message>
    <message>
        <source>it does not hold ncdesk changes</source>
        <translation>لا تحتوي على تغييرات ncdesk</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>إصدار صيغتها مفقود</translation>
    </message>
    <message>
        <source>The package was made by a newer ncdesk (changes format %1; this ncdesk reads %2).</source>
        <translation>أُنشئت الحزمة بإصدار أحدث من ncdesk (صيغة التغييرات %1؛ وهذا الإصدار من ncdesk يقرأ الصيغة %2).</translation>
    </message>
    <message>
        <source>Nothing was changed. Update ncdesk, then receive it again.</source>
        <translation>لم يتغيّر شيء. حدّث ncdesk، ثم استلم الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>the sender&apos;s name or the date is missing</source>
        <translation>اسم المرسِل أو التاريخ مفقود</translation>
    </message>
    <message>
        <source>its clock is missing</source>
        <translation>ساعتها مفقودة</translation>
    </message>
    <message>
        <source>its records are missing</source>
        <translation>سجلاتها مفقودة</translation>
    </message>
    <message>
        <source>%1 conflict(s) wait for a decision: the same field was changed here and by the sender.</source>
        <translation>%1 من التعارضات بانتظار قرار: عُدِّل الحقل نفسه هنا ولدى المرسِل.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose for each, or receive with --take mine or --take theirs.</source>
        <translation>لم يتغيّر شيء. اختر في كل حالة، أو استلم باستخدام --take mine أو --take theirs.</translation>
    </message>
    <message>
        <source>%1 names several contacts: %2.</source>
        <translation>%1 يطابق عدة جهات اتصال: %2.</translation>
    </message>
    <message>
        <source>Give the whole name.</source>
        <translation>اذكر الاسم كاملاً.</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 ليس معرّفاً</translation>
    </message>
    <message>
        <source>%1 is not a record of a known kind</source>
        <translation>%1 ليس سجلاً من نوع معروف</translation>
    </message>
    <message>
        <source>%1 has no valid id</source>
        <translation>ليس لـ %1 معرّف صالح</translation>
    </message>
    <message>
        <source>%1 has no valid origin</source>
        <translation>ليس لـ %1 مصدر صالح</translation>
    </message>
    <message>
        <source>%1 has no valid user_fields</source>
        <translation>ليس لـ %1 حقل user_fields صالح</translation>
    </message>
    <message>
        <source>%1 has no fields</source>
        <translation>ليست لـ %1 حقول</translation>
    </message>
    <message>
        <source>removal %1 is malformed</source>
        <translation>الحذف %1 غير سليم البنية</translation>
    </message>
    <message>
        <source>a record refers to one that is neither in the package nor here (%1)</source>
        <translation>يشير سجل إلى سجل غير موجود في الحزمة ولا هنا (%1)</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>قيمة %2 في %1 غير صالحة</translation>
    </message>
    <message>
        <source>%1, field %2, is malformed</source>
        <translation>%1، الحقل %2، غير سليم البنية</translation>
    </message>
    <message>
        <source>%1, field %2, is not a value</source>
        <translation>%1، الحقل %2، ليس قيمة</translation>
    </message>
    <message>
        <source>%1, field %2, is too large</source>
        <translation>%1، الحقل %2، كبير جداً</translation>
    </message>
    <message>
        <source>the id %1 is a %2 here, not a %3</source>
        <translation>المعرّف %1 هنا لسجل «%2»، لا «%3»</translation>
    </message>
    <message>
        <source>The package edits a reference record this ncdesk does not have (%1 %2): the sender has a newer reference release (%3).</source>
        <translation>تعدّل الحزمة سجلاً مرجعياً لا يوجد في هذا الإصدار من ncdesk (%1 %2): لدى المرسِل إصدار أحدث من البيانات المرجعية (%3).</translation>
    </message>
    <message>
        <source>Nothing was changed. Update ncdesk (its reference data comes with it), then receive it again.</source>
        <translation>لم يتغيّر شيء. حدّث ncdesk (تأتي بياناته المرجعية معه)، ثم استلم الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>a %1 breaks a rule of this database (%2)</source>
        <translation>سجل «%1» يخالف قاعدة من قواعد قاعدة البيانات هذه (%2)</translation>
    </message>
    <message>
        <source>a change to a %1 breaks a rule of this database (%2)</source>
        <translation>تعديل سجل «%1» يخالف قاعدة من قواعد قاعدة البيانات هذه (%2)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 «%3»</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>عدد كبير جداً</translation>
    </message>
    <message>
        <source>a value is not allowed</source>
        <translation>قيمة غير مسموح بها</translation>
    </message>
    <message>
        <source>%1 is not a day that exists, written YYYY-MM-DD</source>
        <translation>%1 ليس يوماً موجوداً بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the value %1 is not allowed here</source>
        <translation>القيمة %1 غير مسموح بها هنا</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first (%2)</source>
        <translation>اليوم الأخير (%1) يسبق الأول (%2)</translation>
    </message>
    <message>
        <source>mapped to %1, which is not a column of %2</source>
        <translation>مربوط بـ%1، وهو ليس عموداً من أعمدة %2</translation>
    </message>
    <message>
        <source>%1 is a name used for several States (%2); say which</source>
        <translation>%1 اسم يُستعمل لعدة دول (%2)؛ حدِّد أيها</translation>
    </message>
    <message>
        <source>%1 is mapped to %2: %3</source>
        <translation>%1 مربوط بـ%2: %3</translation>
    </message>
    <message>
        <source>%1 may be %2 (day first) or %3 (month first): say which the file uses</source>
        <translation>قد يكون %1 هو %2 (اليوم أولاً) أو %3 (الشهر أولاً): حدِّد ما يستعمله الملف</translation>
    </message>
    <message>
        <source>%1 is not a date when the day comes %2: there is no month %3</source>
        <translation>%1 ليس تاريخاً إذا جاء اليوم %2: لا يوجد شهر %3</translation>
    </message>
    <message>
        <source>first</source>
        <translation>أولاً</translation>
    </message>
    <message>
        <source>second</source>
        <translation>ثانياً</translation>
    </message>
    <message>
        <source>contains an unpaired surrogate (U+D800–U+DFFF), which is not text</source>
        <translation>يحتوي على بديل غير مقترن (U+D800–U+DFFF)، وهو ليس نصاً</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>المتوقع قائمة نصوص</translation>
    </message>
    <message>
        <source>expected text, a number or null, found a JSON %1</source>
        <translation>المتوقع نص أو عدد أو null، والموجود %1 بصيغة JSON</translation>
    </message>
    <message>
        <source>the same id as row %1 of the sheet “%2”</source>
        <translation>المعرّف نفسه الذي في الصف %1 من الورقة «%2»</translation>
    </message>
    <message>
        <source>duplicate of row %1 of the sheet “%2” (the same %3)</source>
        <translation>تكرار للصف %1 من الورقة «%2» (%3 نفسها)</translation>
    </message>
    <message>
        <source>the columns fit several kinds of record; choose the kind (--kind)</source>
        <translation>الأعمدة تناسب عدة أنواع من السجلات؛ اختر النوع (--kind)</translation>
    </message>
    <message>
        <source>the same id as row %1 of this sheet</source>
        <translation>المعرّف نفسه الذي في الصف %1 من هذه الورقة</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this sheet (the same %2)</source>
        <translation>تكرار للصف %1 من هذه الورقة (%2 نفسها)</translation>
    </message>
    <message>
        <source>cannot tell which kind of record this is; as %1 it lacks the column(s) %2 (or choose the kind: --kind)</source>
        <translation>يتعذّر معرفة نوع السجلات؛ فبوصفها %1 ينقصها العمود أو الأعمدة %2 (أو اختر النوع: --kind)</translation>
    </message>
    <message>
        <source>duplicate of a %1 already recorded (the same %2): “%3”, id %4</source>
        <translation>تكرار لسجل «%1» مسجَّل بالفعل (%2 نفسها): «%3»، المعرّف %4</translation>
    </message>
    <message>
        <source>the same id as row %1 of this file</source>
        <translation>المعرّف نفسه الذي في الصف %1 من هذا الملف</translation>
    </message>
    <message>
        <source>duplicate of row %1 of this file (the same %2)</source>
        <translation>تكرار للصف %1 من هذا الملف (%2 نفسها)</translation>
    </message>
    <message>
        <source>person, destinations and dates</source>
        <translation>الشخص والوجهات والتواريخ</translation>
    </message>
    <message>
        <source>kind, title and dates</source>
        <translation>النوع والعنوان والتواريخ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ICC document number</source>
        <translation>رقم وثيقة المحكمة</translation>
    </message>
    <message>
        <source>%1 is not a kind that can be imported</source>
        <translation>%1 ليس نوعاً من السجلات يمكن استيراده</translation>
    </message>
    <message>
        <source>stopped after %1 problems; correct these first</source>
        <translation>توقّف بعد %1 من المشكلات؛ صحّحها أولاً</translation>
    </message>
    <message>
        <source>sheet “%1” is not read (only the first sheet is, unless sheets are named by kind)</source>
        <translation>الورقة «%1» لا تُقرأ (تُقرأ الأولى فقط، ما لم تكن الأوراق مسمّاة بأنواع السجلات)</translation>
    </message>
    <message>
        <source>no rows to import below the header</source>
        <translation>لا توجد صفوف للاستيراد تحت صف العناوين</translation>
    </message>
    <message>
        <source>expected a record id (a UUID); leave it empty for a new record</source>
        <translation>المتوقع معرّف سجل (UUID)؛ اتركه فارغاً لسجل جديد</translation>
    </message>
    <message>
        <source>sheet “%1” is not read (its name is not one of the kinds imported)</source>
        <translation>الورقة «%1» لا تُقرأ (اسمها ليس من أنواع السجلات المستورَدة)</translation>
    </message>
    <message>
        <source>no sheet of %1 in the workbook</source>
        <translation>لا توجد في المصنف ورقة %1</translation>
    </message>
    <message>
        <source>two sheets hold %1</source>
        <translation>ورقتان تحتويان على %1</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2</source>
        <translation>عمود غير معروف؛ أعمدة %1 هي: %2</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>عمود إلزامي مفقود</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>this record was deleted; restore it (Edit ▸ Restore) or leave the id empty</source>
        <translation>حُذف هذا السجل؛ استعده (تحرير ◂ استعادة هذا السجل) أو اترك المعرّف فارغاً</translation>
    </message>
    <message>
        <source>a closed alert needs its outcome: %1</source>
        <translation>التنبيه المغلق يحتاج إلى نتيجته: %1</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>لم يُقرأ شيء</translation>
    </message>
    <message>
        <source>column %1 has values but no name</source>
        <translation>العمود %1 فيه قيم ولكن بلا اسم</translation>
    </message>
    <message>
        <source>the same column as “%1”</source>
        <translation>العمود نفسه الذي هو «%1»</translation>
    </message>
    <message>
        <source>this id belongs to a %1</source>
        <translation>هذا المعرّف يخص سجل «%1»</translation>
    </message>
    <message>
        <source>a different %1 is recorded with this id (it differs in: %2); leave the id empty to add it as a new record</source>
        <translation>سجل «%1» آخر مسجَّل بهذا المعرّف (يختلف في: %2)؛ اترك المعرّف فارغاً لإضافته سجلاً جديداً</translation>
    </message>
    <message>
        <source>an outcome is recorded only for a closed alert</source>
        <translation>لا تُسجَّل النتيجة إلا لتنبيه مغلق</translation>
    </message>
    <message>
        <source>the %1 after those were not checked</source>
        <translation>لم يُتحقق من الـ %1 التالية</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most %2 are read</source>
        <translation>الخلية تحتوي على %1 حرفاً؛ ولا يُقرأ منها أكثر من %2</translation>
    </message>
    <message>
        <source>contains the control character %1, which is not text</source>
        <translation>يحتوي على حرف التحكم %1، وهو ليس نصاً</translation>
    </message>
    <message>
        <source>an object with keys %1</source>
        <translation>كائن مفاتيحه %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>قيمة</translation>
    </message>
    <message>
        <source>expected a list of records ([{...}, ...]) or an ncdesk export ({&quot;format&quot;: &quot;ncdesk-export&quot;, ...}); found %1</source>
        <translation>المتوقع قائمة سجلات ([{...}, ...]) أو تصدير من ncdesk ({&quot;format&quot;: &quot;ncdesk-export&quot;, ...})؛ والموجود %1</translation>
    </message>
    <message>
        <source>contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)</source>
        <translation>يحتوي على حرف NUL في السطر %1: هذا ليس ملفاً نصياً (أو هو UTF-16 بلا BOM)</translation>
    </message>
    <message>
        <source>the first row must name the columns (see the template)</source>
        <translation>يجب أن يسمّي الصف الأول الأعمدة (انظر النموذج)</translation>
    </message>
    <message>
        <source>the workbook holds %1 parts; at most %2 are read</source>
        <translation>المصنف يحتوي على %1 من الأجزاء؛ ولا يُقرأ أكثر من %2</translation>
    </message>
    <message>
        <source>the workbook is encrypted or password-protected; save an unprotected copy</source>
        <translation>المصنف مشفّر أو محمي بكلمة مرور؛ احفظ نسخة غير محمية</translation>
    </message>
    <message>
        <source>the workbook unpacks to %1 bytes; at most %2 are read (a damaged file or a zip bomb)</source>
        <translation>يُفك ضغط المصنف إلى %1 بايت؛ ولا يُقرأ أكثر من %2 (ملف تالف أو قنبلة zip)</translation>
    </message>
    <message>
        <source>a zip file but not an Excel workbook (.xlsx)</source>
        <translation>ملف zip لكنه ليس مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>more than %1 records; split the file</source>
        <translation>أكثر من %1 سجل؛ قسّم الملف</translation>
    </message>
    <message>
        <source>the records have no fields</source>
        <translation>السجلات بلا حقول</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 are read</source>
        <translation>حجم الملف %1 بايت؛ ولا يُقرأ أكثر من %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” (Excel) or “Unicode (UTF-8)” (LibreOffice)</source>
        <translation>الملف ليس نصاً بترميز UTF-8 (البايت %1 في السطر %2)؛ احفظه بصيغة «CSV UTF-8» (Excel) أو «Unicode (UTF-8)» (LibreOffice)</translation>
    </message>
    <message>
        <source>the file is not valid %1 text (line %2)</source>
        <translation>الملف ليس نصاً صالحاً بترميز %1 (السطر %2)</translation>
    </message>
    <message>
        <source>cannot be read as CSV: %1</source>
        <translation>لا يمكن قراءته بصيغة CSV: %1</translation>
    </message>
    <message>
        <source>not a readable Excel workbook (.xlsx): the file is damaged or truncated (%1)</source>
        <translation>ليس مصنف Excel قابلاً للقراءة (.xlsx): الملف تالف أو مبتور (%1)</translation>
    </message>
    <message>
        <source>the part %1 is compressed %2 to 1: refused</source>
        <translation>الجزء %1 مضغوط بنسبة %2 إلى 1: مرفوض</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)</source>
        <translation>جدول بيانات OpenDocument (.ods)؛ احفظه بصيغة مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>not a readable Excel workbook (.xlsx): %1</source>
        <translation>ليس مصنف Excel قابلاً للقراءة (.xlsx): %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON غير صالح: %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>الـ JSON متداخل بعمق مفرط</translation>
    </message>
    <message>
        <source>record %1 is a JSON %2; each record must be an object</source>
        <translation>السجل %1 من نوع %2 في JSON؛ ويجب أن يكون كل سجل كائناً</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفاً</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد هذا الملف</translation>
    </message>
    <message>
        <source>cannot be read (no permission)</source>
        <translation>لا يمكن قراءته (لا يوجد إذن)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>لا يمكن قراءته: %1</translation>
    </message>
    <message>
        <source>the list holds no records</source>
        <translation>القائمة لا تحتوي على سجلات</translation>
    </message>
    <message>
        <source>more than %1 rows; split the file</source>
        <translation>أكثر من %1 صف؛ قسّم الملف</translation>
    </message>
    <message>
        <source>%1 columns; at most %2 are read</source>
        <translation>%1 عموداً؛ ولا يُقرأ أكثر من %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML declares entities or a DTD (an XML bomb?); refused unread</source>
        <translation>يعلن XML المصنف عن كيانات أو DTD (قنبلة XML؟)؛ رُفض دون قراءة</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>أكثر من %1 عمود</translation>
    </message>
    <message>
        <source>more than %1 different keys</source>
        <translation>أكثر من %1 مفتاح مختلف</translation>
    </message>
    <message>
        <source>a JSON %1 here; expected text, a number or a list of texts</source>
        <translation>قيمة %1 بصيغة JSON هنا؛ والمتوقع نص أو عدد أو قائمة نصوص</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf or .docx</source>
        <translation>%1: يجب أن ينتهي اسم الملف بـ .pdf أو .docx</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 مجلد؛ اذكر اسم ملف</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it or choose another</source>
        <translation>المجلد %1 غير موجود؛ أنشئه أو اختر مجلداً آخر</translation>
    </message>
    <message>
        <source>the alert has no destination State to write to</source>
        <translation>ليس للتنبيه دولة مقصد يُكتب إليها</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)</source>
        <translation>مصنف Excel 97–2003 (.xls)؛ احفظه بصيغة مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook has no rows</source>
        <translation>المصنف لا يحتوي على صفوف</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network drive%2. SQLite databases can be damaged over a network connection; move the data folder to a local disk.</source>
        <translation>مجلد البيانات %1 موجود على محرك أقراص شبكي%2. قد تتلف قواعد بيانات SQLite عبر اتصال الشبكة؛ انقل مجلد البيانات إلى قرص محلي.</translation>
    </message>
    <message>
        <source>The data folder %1 is inside %2, a folder synchronised to the cloud. A synchronised copy of an open database can be damaged or leak; move the data folder to an ordinary local folder (ncdesk --data-dir, or NCDESK_DATA_DIR) and keep copies with the backups instead.</source>
        <translation>مجلد البيانات %1 موجود داخل %2، وهو مجلد متزامن مع السحابة. قد تتلف النسخة المتزامنة من قاعدة بيانات مفتوحة أو تتسرّب؛ انقل مجلد البيانات إلى مجلد محلي عادي (ncdesk --data-dir أو NCDESK_DATA_DIR) واحتفظ بنسخ مع النسخ الاحتياطية بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ليس ملفاً</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>النافذة</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Introduction</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States Parties</source>
        <translation>إجراءات المحكمة واستنتاجاتها: الدول الأطراف</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States under an obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council</source>
        <translation>إجراءات المحكمة واستنتاجاتها: الدول الملزمة بالتعاون مع المحكمة بموجب قرار من مجلس الأمن التابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Court proceedings and findings: States not Parties</source>
        <translation>إجراءات المحكمة واستنتاجاتها: الدول غير الأطراف</translation>
    </message>
    <message>
        <source>Actions undertaken by the President of the Assembly and the Bureau, States Parties and other stakeholders</source>
        <translation>الإجراءات التي اتخذها رئيس الجمعية والمكتب والدول الأطراف وسائر الجهات المعنية</translation>
    </message>
    <message>
        <source>The United Nations Security Council</source>
        <translation>مجلس الأمن التابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Consultations on non-cooperation</source>
        <translation>المشاورات بشأن عدم التعاون</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Report of the Bureau on non-cooperation (draft)</source>
        <translation>تقرير المكتب بشأن عدم التعاون (مشروع)</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>الفترة من %1 إلى %2</translation>
    </message>
    <message>
        <source>the State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>In relation to %1, on %2, %3 submitted: “%4”.</source>
        <translation>فيما يتعلق بـ%1، قدّمت %3 في %2 ما يلي: ”%4“.</translation>
    </message>
    <message>
        <source>the Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>In relation to %1, on %2, %3 issued a “%4”.</source>
        <translation>فيما يتعلق بـ%1، أصدرت %3 في %2 ما يلي: ”%4“.</translation>
    </message>
    <message>
        <source>The Presidency of the Court transmitted the decision and referred the matter to the Assembly of States Parties on %1.</source>
        <translation>أحالت هيئة رئاسة المحكمة القرار والمسألة إلى جمعية الدول الأطراف في %1.</translation>
    </message>
    <message>
        <source>The Chamber deferred its determination as to whether the matter should be referred to the Assembly of States Parties or to the Security Council.</source>
        <translation>أرجأت الدائرة البت في ما إذا كان ينبغي إحالة المسألة إلى جمعية الدول الأطراف أو إلى مجلس الأمن.</translation>
    </message>
    <message>
        <source>Article 112, paragraph (2)(f), of the Rome Statute provides that the Assembly shall consider, pursuant to article 87, paragraphs 5 and 7, any question relating to non-cooperation.</source>
        <translation>تنص الفقرة 2(و) من المادة 112 من نظام روما الأساسي على أن تنظر الجمعية، عملاً بالفقرتين 5 و7 من المادة 87، في أي مسألة تتعلق بعدم التعاون.</translation>
    </message>
    <message>
        <source>The present report covers the activities of the Bureau, the President of the Assembly and the focal points on non-cooperation from %1 to %2.</source>
        <translation>يغطي هذا التقرير أنشطة المكتب ورئيس الجمعية وجهات التنسيق المعنية بعدم التعاون في الفترة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>The focal points on non-cooperation are %1.</source>
        <translation>جهات التنسيق المعنية بعدم التعاون هي: %1.</translation>
    </message>
    <message>
        <source>The President of the Assembly, %1 (%2), serves ex officio as focal point for her or his region.</source>
        <translation>ويعمل رئيس الجمعية، %1 (%2)، بحكم منصبه جهةَ تنسيق لمنطقته.</translation>
    </message>
    <message>
        <source>Pursuant to article 86 of the Rome Statute, States Parties shall cooperate fully with the Court in its investigation and prosecution of crimes within its jurisdiction; pursuant to article 89, they are obliged to execute the Court&apos;s requests for the arrest and surrender of a person.</source>
        <translation>وفقاً للمادة 86 من نظام روما الأساسي، تتعاون الدول الأطراف تعاوناً تاماً مع المحكمة فيما تجريه من تحقيقات في الجرائم الداخلة في اختصاصها والمقاضاة عليها؛ ووفقاً للمادة 89، تلتزم بتنفيذ طلبات المحكمة للقبض على الأشخاص وتقديمهم.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place in relation to States Parties.</source>
        <translation>لم تجرِ أي إجراءات أمام المحكمة بشأن عدم التعاون فيما يتعلق بالدول الأطراف.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State Party to the Statute (%3), and was arrested.</source>
        <translation>زار %1 %2، وهي دولة طرف في النظام الأساسي (%3)، وقُبض عليه.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State Party to the Statute (%3).</source>
        <translation>زار %1 %2، وهي دولة طرف في النظام الأساسي (%3).</translation>
    </message>
    <message>
        <source>%1 visited %2, a State not Party to the Statute (%3), and was arrested.</source>
        <translation>زار %1 %2، وهي دولة غير طرف في النظام الأساسي (%3)، وقُبض عليه.</translation>
    </message>
    <message>
        <source>%1 visited %2, a State not Party to the Statute (%3).</source>
        <translation>زار %1 %2، وهي دولة غير طرف في النظام الأساسي (%3).</translation>
    </message>
    <message>
        <source>Pursuant to Security Council resolution %1, %2 shall cooperate fully with the Court in %3.</source>
        <translation>عملاً بقرار مجلس الأمن %1، تتعاون %2 تعاوناً تاماً مع المحكمة في %3.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place in relation to States under an obligation to cooperate with the Court pursuant to a decision of the United Nations Security Council.</source>
        <translation>لم تجرِ أي إجراءات أمام المحكمة بشأن عدم التعاون فيما يتعلق بالدول الملزمة بالتعاون مع المحكمة بموجب قرار من مجلس الأمن التابع للأمم المتحدة.</translation>
    </message>
    <message>
        <source>While States not Parties to the Rome Statute have no obligation under it, they are urged to cooperate fully with the Court and the Prosecutor where the Security Council so decides.</source>
        <translation>ومع أن الدول غير الأطراف في نظام روما الأساسي لا تقع عليها أي التزامات بموجبه، فإنها تُحث على التعاون الكامل مع المحكمة والمدعي العام حينما يقرر مجلس الأمن ذلك.</translation>
    </message>
    <message>
        <source>No Court proceedings concerning non-cooperation took place regarding States not Parties to the Statute.</source>
        <translation>لم تجرِ أي إجراءات أمام المحكمة بشأن عدم التعاون فيما يتعلق بالدول غير الأطراف في النظام الأساسي.</translation>
    </message>
    <message>
        <source>Prior to the visit of %1 to %2, the President of the Assembly conveyed a letter, dated %3, to the %4</source>
        <translation>قبل زيارة %1 إلى %2، وجّه رئيس الجمعية رسالة مؤرخة %3 إلى %4</translation>
    </message>
    <message>
        <source>The President of the Assembly conveyed a letter, dated %1, to the %2</source>
        <translation>وجّه رئيس الجمعية رسالة مؤرخة %1 إلى %2</translation>
    </message>
    <message>
        <source>%1, recalling articles %2 of the Rome Statute</source>
        <translation>%1، يذكّر فيها بأحكام المواد %2 من نظام روما الأساسي</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The letter was published on %1.</source>
        <translation>ونُشرت الرسالة في %1.</translation>
    </message>
    <message>
        <source>The letter was published (%1).</source>
        <translation>ونُشرت الرسالة (%1).</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>في %1: %2</translation>
    </message>
    <message>
        <source>In view of the visit of %1 to %2 (%3), the focal points on non-cooperation were activated, in line with the informal Assembly procedures.</source>
        <translation>نظراً لزيارة %1 إلى %2 (%3)، جرى تفعيل جهات التنسيق المعنية بعدم التعاون، وفقاً للإجراءات غير الرسمية للجمعية.</translation>
    </message>
    <message>
        <source>No action was recorded for the period.</source>
        <translation>لم يُسجَّل أي إجراء خلال الفترة.</translation>
    </message>
    <message>
        <source>On %1, the Prosecutor presented to the Security Council the %2.</source>
        <translation>في %1، قدّم المدعي العام إلى مجلس الأمن ما يلي: %2.</translation>
    </message>
    <message>
        <source>The Court&apos;s decision of %1 was transmitted to the Security Council (%2, %3).</source>
        <translation>أُحيل قرار المحكمة المؤرخ %1 إلى مجلس الأمن (%2، %3).</translation>
    </message>
    <message>
        <source>No communication on non-cooperation was transmitted to the Security Council during the period.</source>
        <translation>لم تُحَل إلى مجلس الأمن أي رسالة بشأن عدم التعاون خلال الفترة.</translation>
    </message>
    <message>
        <source>No consultations were recorded for the period.</source>
        <translation>لم تُسجَّل أي مشاورات خلال الفترة.</translation>
    </message>
    <message>
        <source>%1 will be held on %2.</source>
        <translation>%1: ستُعقد في %2.</translation>
    </message>
    <message>
        <source>%1 took place on %2.</source>
        <translation>%1: عُقدت في %2.</translation>
    </message>
    <message>
        <source>The focal points provided updates on their mandate and activities to the New York Working Group on %1.</source>
        <translation>قدّمت جهات التنسيق إلى الفريق العامل في نيويورك معلومات مستكملة عن ولايتها وأنشطتها في %1.</translation>
    </message>
    <message>
        <source>[Recommendations to be drafted by the focal points.]</source>
        <translation>[توصيات تصوغها جهات التنسيق.]</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Rome Statute, articles 86 and 89(1)</source>
        <translation>نظام روما الأساسي، المادتان 86 و89(1)</translation>
    </message>
    <message>
        <source>Rome Statute, article 127(2)</source>
        <translation>نظام روما الأساسي، المادة 127(2)</translation>
    </message>
    <message>
        <source>%1 was a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>كانت %1 دولة طرفاً في %2 (بدأ نفاذ النظام الأساسي بالنسبة إليها في %3).</translation>
    </message>
    <message>
        <source>%1 is a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>%1 دولة طرف في %2 (بدأ نفاذ النظام الأساسي بالنسبة إليها في %3).</translation>
    </message>
    <message>
        <source>%1 will be a State Party on %2 (the Statute entered into force for it on %3).</source>
        <translation>ستكون %1 دولة طرفاً في %2 (بدأ نفاذ النظام الأساسي بالنسبة إليها في %3).</translation>
    </message>
    <message>
        <source>%1 was a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>كانت %1 دولة طرفاً في %2: أخطرت بانسحابها في %3، ويصبح الانسحاب نافذاً في %4 (المادة 127(1))؛ وتظل ملزمة حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 is a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>%1 دولة طرف في %2: أخطرت بانسحابها في %3، ويصبح الانسحاب نافذاً في %4 (المادة 127(1))؛ وتظل ملزمة حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 will be a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 (article 127(1)); until then it remains bound.</source>
        <translation>ستكون %1 دولة طرفاً في %2: أخطرت بانسحابها في %3، ويصبح الانسحاب نافذاً في %4 (المادة 127(1))؛ وتظل ملزمة حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>لم تكن %1 دولة طرفاً في %2: أصبح انسحابها نافذاً في %3.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>%1 ليست دولة طرفاً في %2: أصبح انسحابها نافذاً في %3.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2: its withdrawal took effect on %3.</source>
        <translation>لن تكون %1 دولة طرفاً في %2: أصبح انسحابها نافذاً في %3.</translation>
    </message>
    <message>
        <source>%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>لم تكن %1 قد أصبحت بعد دولة طرفاً في %2: أودعت صكها في %3 ويبدأ نفاذ النظام الأساسي بالنسبة إليها في %4 (المادة 126(2)).</translation>
    </message>
    <message>
        <source>%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>لم تصبح %1 بعد دولة طرفاً في %2: أودعت صكها في %3 ويبدأ نفاذ النظام الأساسي بالنسبة إليها في %4 (المادة 126(2)).</translation>
    </message>
    <message>
        <source>%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it on %4 (article 126(2)).</source>
        <translation>لن تكون %1 قد أصبحت بعد دولة طرفاً في %2: أودعت صكها في %3 ويبدأ نفاذ النظام الأساسي بالنسبة إليها في %4 (المادة 126(2)).</translation>
    </message>
    <message>
        <source>%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>لم تكن %1 قد أصبحت بعد دولة طرفاً في %2: أودعت صكها في %3 ويبدأ نفاذ النظام الأساسي بالنسبة إليها في وقت لاحق (المادة 126(2)).</translation>
    </message>
    <message>
        <source>%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>لم تصبح %1 بعد دولة طرفاً في %2: أودعت صكها في %3 ويبدأ نفاذ النظام الأساسي بالنسبة إليها في وقت لاحق (المادة 126(2)).</translation>
    </message>
    <message>
        <source>%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute enters into force for it later (article 126(2)).</source>
        <translation>لن تكون %1 قد أصبحت بعد دولة طرفاً في %2: أودعت صكها في %3 ويبدأ نفاذ النظام الأساسي بالنسبة إليها في وقت لاحق (المادة 126(2)).</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>لم تكن %1 دولة طرفاً في %2: وقّعت على النظام الأساسي (%3) لكنها لم تصدّق عليه.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>%1 ليست دولة طرفاً في %2: وقّعت على النظام الأساسي (%3) لكنها لم تصدّق عليه.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2: it signed the Statute (%3) but has not ratified it.</source>
        <translation>لن تكون %1 دولة طرفاً في %2: وقّعت على النظام الأساسي (%3) لكنها لم تصدّق عليه.</translation>
    </message>
    <message>
        <source>%1 was not a State Party on %2.</source>
        <translation>لم تكن %1 دولة طرفاً في %2.</translation>
    </message>
    <message>
        <source>%1 is not a State Party on %2.</source>
        <translation>%1 ليست دولة طرفاً في %2.</translation>
    </message>
    <message>
        <source>%1 will not be a State Party on %2.</source>
        <translation>لن تكون %1 دولة طرفاً في %2.</translation>
    </message>
    <message>
        <source>The proceedings in %1 began on %2, before the withdrawal took effect, so %3 is not discharged from cooperating in them (article 127(2)).</source>
        <translation>بدأت الإجراءات في %1 في %2، قبل أن يصبح الانسحاب نافذاً، ولذلك لا تُعفى %3 من التعاون فيها (المادة 127(2)).</translation>
    </message>
    <message>
        <source>%1 is bound to cooperate in %2 by the Security Council (%3).</source>
        <translation>%1 ملزمة بالتعاون في %2 بقرار من مجلس الأمن (%3).</translation>
    </message>
    <message>
        <source>Rome Statute, article 12(3) (declaration lodged on %1)</source>
        <translation>نظام روما الأساسي، المادة 12(3) (إعلان أُودع في %1)</translation>
    </message>
    <message>
        <source>%1 accepted the Court&apos;s jurisdiction by a declaration under article 12(3) lodged on %2, and must therefore cooperate under Part 9.</source>
        <translation>قبلت %1 اختصاص المحكمة بإعلان بموجب المادة 12(3) أُودع في %2، ولذلك يتعين عليها التعاون وفقاً للباب التاسع.</translation>
    </message>
    <message>
        <source>As a State not bound by it, %1 is only urged to cooperate by %2.</source>
        <translation>بما أن %1 غير ملزمة به، فإن %2 يحثها فقط على التعاون.</translation>
    </message>
    <message>
        <source>%1 has no obligation to cooperate in %2; it may do so voluntarily.</source>
        <translation>لا يقع على %1 أي التزام بالتعاون في %2؛ ويجوز لها أن تتعاون طوعاً.</translation>
    </message>
    <message>
        <source>the person was in the Court&apos;s custody</source>
        <translation>كان الشخص محتجزاً لدى المحكمة</translation>
    </message>
    <message>
        <source>the person had died</source>
        <translation>كان الشخص قد توفي</translation>
    </message>
    <message>
        <source>the warrant had been withdrawn</source>
        <translation>كان الأمر قد سُحب</translation>
    </message>
    <message>
        <source>The warrant of %1 had not yet been issued.</source>
        <translation>لم يكن الأمر المؤرخ %1 قد صدر بعد.</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (منذ %2)</translation>
    </message>
    <message>
        <source>The warrant of %1 was no longer outstanding: %2.</source>
        <translation>لم يعد الأمر المؤرخ %1 سارياً: %2.</translation>
    </message>
    <message>
        <source>An arrest warrant issued on %1 in %2 was outstanding.</source>
        <translation>كان أمر قبض صادر في %1 في %2 لم يُنفَّذ بعد.</translation>
    </message>
    <message>
        <source>An arrest warrant issued on %1 in %2 is outstanding.</source>
        <translation>ثمة أمر قبض صادر في %1 في %2 لم يُنفَّذ بعد.</translation>
    </message>
    <message>
        <source>It was issued under seal; the day it was unsealed is not recorded.</source>
        <translation>صدر مختوماً؛ ولم يُسجَّل تاريخ رفع الختم عنه.</translation>
    </message>
    <message>
        <source>It was under seal on that day; the request binds the States to which it was transmitted.</source>
        <translation>كان مختوماً في ذلك اليوم؛ والطلب ملزم للدول التي أُحيل إليها.</translation>
    </message>
    <message>
        <source>%1 has been in the Court&apos;s custody since %2.</source>
        <translation>%1 في عهدة المحكمة منذ %2.</translation>
    </message>
    <message>
        <source>%1 has been on interim release granted by the Court since %2, under the Chamber&apos;s conditions.</source>
        <translation>%1 مُفرج عنه مؤقتاً بقرار من المحكمة منذ %2، وفق الشروط التي حددتها الدائرة.</translation>
    </message>
    <message>
        <source>%1 was convicted by the Court on %2.</source>
        <translation>أدانت المحكمة %1 في %2.</translation>
    </message>
    <message>
        <source>%1 was acquitted by the Court on %2.</source>
        <translation>برّأت المحكمة %1 في %2.</translation>
    </message>
    <message>
        <source>The charges against %1 were withdrawn on %2.</source>
        <translation>سُحبت التهم الموجهة إلى %1 في %2.</translation>
    </message>
    <message>
        <source>The charges against %1 were vacated on %2.</source>
        <translation>أُلغيت التهم الموجهة إلى %1 في %2.</translation>
    </message>
    <message>
        <source>The Court declined to confirm the charges against %1 on %2.</source>
        <translation>رفضت المحكمة اعتماد التهم الموجهة إلى %1 في %2.</translation>
    </message>
    <message>
        <source>The proceedings against %1 were terminated on %2.</source>
        <translation>أُنهيت الإجراءات المتخذة ضد %1 في %2.</translation>
    </message>
    <message>
        <source>%1 died on %2.</source>
        <translation>توفي %1 في %2.</translation>
    </message>
    <message>
        <source>The warrant for %1 was withdrawn on %2.</source>
        <translation>سُحب الأمر الصادر بحق %1 في %2.</translation>
    </message>
    <message>
        <source>%1 was released by the Court on %2.</source>
        <translation>أفرجت المحكمة عن %1 في %2.</translation>
    </message>
    <message>
        <source>The record gives this status as of %1; the day it began is not recorded.</source>
        <translation>يذكر السجل هذا الوضع في تاريخ %1؛ ولم يُسجَّل يوم بدايته.</translation>
    </message>
    <message>
        <source>%1 was not obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1 لم تكن ملزمة بالقبض على %2 وتقديمه في %3: لم يعد الشخص مطلوباً.</translation>
    </message>
    <message>
        <source>%1 is not obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1 غير ملزمة بالقبض على %2 وتقديمه في %3: لم يعد الشخص مطلوباً.</translation>
    </message>
    <message>
        <source>%1 will not be obliged to arrest and surrender %2 on %3: no longer sought.</source>
        <translation>%1 لن تكون ملزمة بالقبض على %2 وتقديمه في %3: لم يعد الشخص مطلوباً.</translation>
    </message>
    <message>
        <source>%1 is subject to a summons to appear, not an arrest warrant.</source>
        <translation>%1 صدر بحقه أمر بالحضور، لا أمر قبض.</translation>
    </message>
    <message>
        <source>No arrest warrant for %1 is recorded.</source>
        <translation>لم يُسجَّل أي أمر قبض بحق %1.</translation>
    </message>
    <message>
        <source>The summons of %1 had not yet been issued.</source>
        <translation>لم يكن أمر الحضور المؤرخ %1 قد صدر بعد.</translation>
    </message>
    <message>
        <source>%1 must nonetheless cooperate with the Court in %2 (%3), without arresting.</source>
        <translation>ومع ذلك يجب على %1 التعاون مع المحكمة في %2 (%3)، دون القيام بالقبض.</translation>
    </message>
    <message>
        <source>%1 had no arrest warrant for %2 to execute on %3.</source>
        <translation>لم يكن على %1 أي أمر قبض بحق %2 لتنفيذه في %3.</translation>
    </message>
    <message>
        <source>%1 was last recorded as at large on %2.</source>
        <translation>آخر ما سُجّل في %2 أن %1 كان طليقاً.</translation>
    </message>
    <message>
        <source>%1 was obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>كانت %1 ملزمة بالقبض على %2 وتقديمه في %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>%1 ملزمة بالقبض على %2 وتقديمه في %3 (%4).</translation>
    </message>
    <message>
        <source>%1 will be obliged to arrest and surrender %2 on %3 (%4).</source>
        <translation>ستكون %1 ملزمة بالقبض على %2 وتقديمه في %3 (%4).</translation>
    </message>
    <message>
        <source>%1 was not obliged to arrest and surrender %2 on %3.</source>
        <translation>لم تكن %1 ملزمة بالقبض على %2 وتقديمه في %3.</translation>
    </message>
    <message>
        <source>%1 is not obliged to arrest and surrender %2 on %3.</source>
        <translation>%1 غير ملزمة بالقبض على %2 وتقديمه في %3.</translation>
    </message>
    <message>
        <source>%1 will not be obliged to arrest and surrender %2 on %3.</source>
        <translation>لن تكون %1 ملزمة بالقبض على %2 وتقديمه في %3.</translation>
    </message>
    <message>
        <source>Rome Statute, article 87(7)</source>
        <translation>نظام روما الأساسي، المادة 87(7)</translation>
    </message>
    <message>
        <source>Rome Statute, article 87(5)(b)</source>
        <translation>نظام روما الأساسي، المادة 87(5)(ب)</translation>
    </message>
    <message>
        <source>A State Party in a situation referred by the Security Council: the matter goes to the Council, and to the Assembly of States Parties, as the Court has done since 2010.</source>
        <translation>دولة طرف في حالة أحالها مجلس الأمن: تُحال المسألة إلى المجلس وإلى جمعية الدول الأطراف، كما تفعل المحكمة منذ عام 2010.</translation>
    </message>
    <message>
        <source>A State Party&apos;s failure to comply is referred to the Assembly of States Parties.</source>
        <translation>يُحال عدم امتثال الدولة الطرف إلى جمعية الدول الأطراف.</translation>
    </message>
    <message>
        <source>A State bound by the Security Council&apos;s decision: the matter is referred to the Council.</source>
        <translation>دولة ملزمة بقرار مجلس الأمن: تُحال المسألة إلى المجلس.</translation>
    </message>
    <message>
        <source>A State not party with an ad hoc arrangement, in a situation referred by the Council: the Court informs the Security Council.</source>
        <translation>دولة غير طرف عقدت ترتيباً خاصاً، في حالة أحالها المجلس: تُخطر المحكمة مجلس الأمن.</translation>
    </message>
    <message>
        <source>A State not party with an ad hoc arrangement: the Court informs the Assembly of States Parties.</source>
        <translation>دولة غير طرف عقدت ترتيباً خاصاً: تُخطر المحكمة جمعية الدول الأطراف.</translation>
    </message>
    <message>
        <source>The State had no obligation to cooperate, so there is no failure to refer; it can only be urged.</source>
        <translation>لم يكن على الدولة أي التزام بالتعاون، ومن ثم لا يوجد عدم امتثال يُحال؛ ولا يمكن إلا حثها على التعاون.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>سفر %1 إلى %2</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>طليق</translation>
    </message>
    <message>
        <source>In the Court&apos;s custody</source>
        <translation>في عهدة المحكمة</translation>
    </message>
    <message>
        <source>On interim release</source>
        <translation>مُفرج عنه مؤقتاً</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>مُدان</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>مُبرّأ</translation>
    </message>
    <message>
        <source>Charges withdrawn</source>
        <translation>سُحبت التهم</translation>
    </message>
    <message>
        <source>Charges vacated</source>
        <translation>أُلغيت التهم</translation>
    </message>
    <message>
        <source>Charges not confirmed</source>
        <translation>لم تُعتمد التهم</translation>
    </message>
    <message>
        <source>Proceedings terminated</source>
        <translation>أُنهيت الإجراءات</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Warrant withdrawn</source>
        <translation>سُحب الأمر</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>أُفرج عنه</translation>
    </message>
    <message>
        <source>%1 since %2, as of %3</source>
        <translation>%1 منذ %2، في تاريخ %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1، في تاريخ %2</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>أنشأتها أنت</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>moved aside as damaged</source>
        <translation>نُحّيت جانباً لأنها تالفة</translation>
    </message>
    <message>
        <source>kept: named for recovery</source>
        <translation>محفوظة: مسمّاة للاسترداد</translation>
    </message>
    <message>
        <source>kept: holds records the database lacks</source>
        <translation>محفوظة: تحتوي على سجلات تفتقر إليها قاعدة البيانات</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;ميغابايت</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1&#xa0;كيلوبايت</translation>
    </message>
    <message>
        <source>The database was moved aside</source>
        <translation>نُحّيت قاعدة البيانات جانباً</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The last good backup is from %1. Restore it (recommended), or start with a new, empty database?</source>
        <translation>آخر نسخة احتياطية سليمة مؤرخة %1. هل تريد استعادتها (موصى به) أم البدء بقاعدة بيانات جديدة فارغة؟</translation>
    </message>
    <message>
        <source>There is no good backup. Start with a new, empty database, or quit and look for a copy?</source>
        <translation>لا توجد نسخة احتياطية سليمة. هل تريد البدء بقاعدة بيانات جديدة فارغة، أم الخروج والبحث عن نسخة؟</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>البدء بقاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>صُدِّر</translation>
    </message>
    <message>
        <source>marked %1</source>
        <translation>بدرجة %1</translation>
    </message>
    <message>
        <source>no marking</source>
        <translation>دون درجة سرية</translation>
    </message>
    <message>
        <source>changed outside ncdesk</source>
        <translation>عُدّل خارج ncdesk</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>and %n earlier change(s)</source>
        <translation>و%n تغييرات سابقة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>%1: kept ours, %2; not kept, %3&apos;s %4</source>
        <translation>%1: أُبقي على قيمتنا، %2؛ ولم تُعتمد قيمة %3، %4</translation>
    </message>
    <message>
        <source>%1: took %3&apos;s %4; ours was %2</source>
        <translation>%1: أُخذت قيمة %3، %4؛ وكانت قيمتنا %2</translation>
    </message>
    <message>
        <source>Conflicts decided</source>
        <translation>التعارضات المحسومة</translation>
    </message>
</context>
</TS>
