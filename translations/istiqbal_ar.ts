<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Istiqbal</source>
        <translation>حول استقبال</translation>
    </message>
    <message>
        <source>The front desk of Saudi non-profit associations: reception, referral and follow-up of beneficiaries.</source>
        <translation>مكتب الاستقبال في الجمعيات الأهلية السعودية: استقبال المستفيدين وإحالتهم ومتابعتهم.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later): free to use, study, share and change.</source>
        <translation>رخصة جنو العمومية، الإصدار الثالث أو أحدث (GPL-3.0-or-later): حرية الاستخدام والدراسة والمشاركة والتعديل.</translation>
    </message>
    <message>
        <source>Qt library:</source>
        <translation>مكتبة Qt:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
</context>
<context>
    <name>AccessTrail</name>
    <message>
        <source>Could not record who read this person&apos;s data, so it is not shown: %1</source>
        <translation>تعذّر تسجيل من اطّلع على بيانات هذا الشخص، فلم تُعرض: %1</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymise this person&apos;s data</source>
        <translation>إخفاء هوية بيانات هذا الشخص</translation>
    </message>
    <message>
        <source>What will be removed:</source>
        <translation>ما سيُزال:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>For example the number of their request; not their name or numbers</source>
        <translation>مثلاً رقم طلبه؛ لا اسمه ولا أرقامه</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>كلمة مرورك:</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Anonymising removes this person&apos;s identifying data for good: it cannot be undone, and no backup made from now on holds it. Their cases stay, without a name, in the figures.</source>
        <translation>إخفاء الهوية يزيل بيانات هذا الشخص المعرِّفة نهائياً: لا يمكن التراجع عنه، ولن تحويها أي نسخة احتياطية تُنشأ من الآن. تبقى حالاته في الأرقام دون اسم.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What anonymising removes: a kind of value, then how many</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AnonymisePanel</name>
    <message>
        <source>Anonymise…</source>
        <translation>إخفاء الهوية…</translation>
    </message>
    <message>
        <source>Destroy this person&apos;s identifying data for good, keeping their cases as figures</source>
        <translation>إتلاف بيانات هذا الشخص المعرِّفة نهائياً مع إبقاء حالاته في الأرقام</translation>
    </message>
    <message>
        <source>This record was anonymised on %1: the person&apos;s identifying data was destroyed. Only their cases remain, in the figures.</source>
        <translation>أُخفيت هوية هذا السجل في %1: أُتلفت بيانات الشخص المعرِّفة. لم يبقَ إلا حالاته، في الأرقام.</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>No beneficiary has the ID number, file number or record number %1.</source>
        <translation>لا يوجد مستفيد برقم الهوية أو رقم الملف أو رقم السجل %1.</translation>
    </message>
    <message>
        <source>Write why this person&apos;s data is destroyed (for example: their request, or the retention period has passed).</source>
        <translation>اكتب سبب إتلاف بيانات هذا الشخص (مثلاً: طلبه، أو انقضاء مدة الاحتفاظ).</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>السبب أطول من %1 حرفاً؛ اختصره.</translation>
    </message>
    <message>
        <source>The reason names the person or repeats one of their values. It is kept in the audit trail, which cannot be cleared: say why without it (for example, the number of their request).</source>
        <translation>السبب يذكر الشخص أو يكرر إحدى قيمه. يُحفظ السبب في سجل التدقيق الذي لا يمكن محوه: اذكر السبب دون ذلك (مثلاً رقم طلبه).</translation>
    </message>
    <message>
        <source>The password is not right; nothing was changed.</source>
        <translation>كلمة المرور غير صحيحة؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Istiqbal: the front desk of a charitable association.</source>
        <translation>استقبال: مكتب استقبال المستفيدين في الجمعية الخيرية.</translation>
    </message>
    <message>
        <source>The interface language: ar (Arabic) or en (English).</source>
        <translation>لغة الواجهة: ar (العربية) أو en (الإنجليزية).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>مُدخل غير متوقع: %1</translation>
    </message>
    <message>
        <source>--language takes ar (Arabic) or en (English), not %1</source>
        <translation>الخيار --language يقبل ar (العربية) أو en (الإنجليزية)، وليس %1</translation>
    </message>
    <message>
        <source>The database to open: a file, or a postgresql://user@host:port/dbname address.</source>
        <translation>قاعدة البيانات المراد فتحها: ملف، أو عنوان بالصيغة postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Istiqbal cannot start with this database: %1</source>
        <translation>لا يستطيع استقبال أن يبدأ بقاعدة البيانات هذه: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ApprovalQueuePanel</name>
    <message>
        <source>The delivery</source>
        <translation>الخدمة المقدَّمة</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>المستفيد:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>الخدمة:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>سُجِّلت:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;فتح الحالة</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;اعتماد</translation>
    </message>
    <message>
        <source>Approve this delivery; the desk can then take the survey</source>
        <translation>اعتماد هذه الخدمة المقدَّمة؛ ثم يأخذ موظف الاستقبال استبانة الرضا</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>الكمية %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>No delivery is waiting for approval.</source>
        <translation>لا توجد خدمة مقدَّمة بانتظار الاعتماد.</translation>
    </message>
    <message>
        <source>Choose the delivery to approve from the list.</source>
        <translation>اختر من القائمة الخدمة التي تريد اعتمادها.</translation>
    </message>
    <message>
        <source>Approved: %1 for %2; the desk can now take the survey.</source>
        <translation>اعتُمدت %1 لـ%2؛ ويمكن لموظف الاستقبال الآن أخذ استبانة الرضا.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery(ies) waiting for your approval, the oldest at the top.</source>
        <translation>
            <numerusform>لا توجد خدمات بانتظار اعتمادك.</numerusform>
            <numerusform>خدمة واحدة بانتظار اعتمادك.</numerusform>
            <numerusform>خدمتان بانتظار اعتمادك، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln خدمات بانتظار اعتمادك، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln خدمة بانتظار اعتمادك، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln خدمة بانتظار اعتمادك، الأقدم في الأعلى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovedAnswerRepository</name>
    <message>
        <source>Write the inquiry the answer is for.</source>
        <translation>اكتب الاستفسار الذي يجيب عنه هذا الجواب.</translation>
    </message>
    <message>
        <source>Write the approved answer.</source>
        <translation>اكتب الجواب المعتمد.</translation>
    </message>
    <message>
        <source>Could not read the approved answers.</source>
        <translation>تعذّرت قراءة الأجوبة المعتمدة.</translation>
    </message>
    <message>
        <source>Could not save the approved answer.</source>
        <translation>تعذّر حفظ الجواب المعتمد.</translation>
    </message>
    <message>
        <source>Someone else changed this answer since you opened it; open it again to see their change.</source>
        <translation>عدّل شخص آخر هذا الجواب بعد أن فتحته؛ افتحه من جديد لترى تعديله.</translation>
    </message>
    <message>
        <source>There is no approved answer with number %1.</source>
        <translation>لا يوجد جواب معتمد برقم %1.</translation>
    </message>
    <message>
        <source>Could not record the answer given.</source>
        <translation>تعذّر تسجيل الجواب المقدَّم.</translation>
    </message>
    <message>
        <source>Could not read the answers given.</source>
        <translation>تعذّرت قراءة الأجوبة المقدَّمة.</translation>
    </message>
</context>
<context>
    <name>ApprovedAnswersPanel</name>
    <message>
        <source>&amp;New answer</source>
        <translation>&amp;إجابة جديدة</translation>
    </message>
    <message>
        <source>&amp;Inquiry:</source>
        <translation>&amp;الاستفسار:</translation>
    </message>
    <message>
        <source>The question as people ask it</source>
        <translation>السؤال كما يطرحه المستفيدون</translation>
    </message>
    <message>
        <source>&amp;Approved answer:</source>
        <translation>&amp;الإجابة المعتمدة:</translation>
    </message>
    <message>
        <source>&amp;Source document:</source>
        <translation>&amp;المستند المرجعي:</translation>
    </message>
    <message>
        <source>Offered at reception</source>
        <translation>تُقدَّم في الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;حفظ الإجابة</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>The association&apos;s bylaws</source>
        <translation>اللائحة الأساسية للجمعية</translation>
    </message>
    <message>
        <source>The policies and procedures guide</source>
        <translation>دليل السياسات والإجراءات</translation>
    </message>
    <message>
        <source>The support policy</source>
        <translation>سياسة الدعم</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (موقوفة)</translation>
    </message>
</context>
<context>
    <name>AssociationDesk</name>
    <message>
        <source>Write the association&apos;s name in Arabic.</source>
        <translation>اكتب اسم الجمعية بالعربية.</translation>
    </message>
    <message>
        <source>The licence number is written in digits only, as on the licence.</source>
        <translation>يُكتب رقم الترخيص بالأرقام فقط، كما هو في الترخيص.</translation>
    </message>
    <message>
        <source>The licence number has at most 20 digits.</source>
        <translation>لا يزيد رقم الترخيص على ٢٠ رقمًا.</translation>
    </message>
    <message>
        <source>The logo is not a picture that can be read.</source>
        <translation>الشعار ليس صورة يمكن قراءتها.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read; choose a PNG or JPEG file.</source>
        <translation>هذا الملف ليس صورة يمكن قراءتها؛ اختر ملف PNG أو JPEG.</translation>
    </message>
    <message>
        <source>The picture could not be converted to PNG.</source>
        <translation>تعذّر تحويل الصورة إلى PNG.</translation>
    </message>
</context>
<context>
    <name>AssociationPage</name>
    <message>
        <source>The association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <source>As the window&apos;s header, the beneficiary&apos;s declaration and the monthly report show it.</source>
        <translation>كما تظهر في رأس النافذة وإقرار المستفيد والتقرير الشهري.</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم &amp;بالعربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;الاسم بالإنجليزية:</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>&amp;رقم الترخيص:</translation>
    </message>
    <message>
        <source>As registered with the National Center for Non-Profit Sector</source>
        <translation>كما هو مسجّل لدى المركز الوطني لتنمية القطاع غير الربحي</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>&amp;Choose a picture…</source>
        <translation>&amp;اختيار صورة…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;إزالة الشعار</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>التراجع &amp;عن التعديلات</translation>
    </message>
    <message>
        <source>The association&apos;s logo</source>
        <translation>شعار الجمعية</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>تعذّرت قراءة الملف %1.</translation>
    </message>
    <message>
        <source>Saved. The header, the declaration and the reports show the new details.</source>
        <translation>تم الحفظ. يظهر رأس النافذة والإقرار والتقارير بالبيانات الجديدة.</translation>
    </message>
</context>
<context>
    <name>AssociationProfile</name>
    <message>
        <source>Charitable association</source>
        <translation>الجمعية الخيرية</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Could not read the end of the audit trail.</source>
        <translation>تعذّرت قراءة نهاية سجل التدقيق.</translation>
    </message>
    <message>
        <source>Could not write the end of the audit trail.</source>
        <translation>تعذّرت كتابة نهاية سجل التدقيق.</translation>
    </message>
    <message>
        <source>Could not seal the audit trail.</source>
        <translation>تعذّر ختم سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>تعذّرت قراءة سجل التدقيق.</translation>
    </message>
    <message>
        <source>Audit entry %1 is the first in the trail but follows an entry that is not there: earlier entries were removed or replaced.</source>
        <translation>قيد التدقيق %1 هو الأول في السجل لكنه يتلو قيدًا غير موجود: حُذفت قيود سابقة أو استُبدلت.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: an entry between them was removed, inserted or replaced.</source>
        <translation>قيد التدقيق %1 لا يتلو القيد %2: حُذف قيد بينهما أو أُدرج أو استُبدل.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>غُيّر قيد التدقيق %1 بعد كتابته: لم يعد محتواه مطابقًا لبصمته.</translation>
    </message>
    <message numerus="yes">
        <source>The record of where the audit trail ends is missing (the trail has %n entries, up to entry %1): its last entries may have been removed.</source>
        <translation>
            <numerusform>سجلّ نهاية سجل التدقيق مفقود (في السجل %n قيد، حتى القيد %1): ربما حُذفت قيوده الأخيرة.</numerusform>
            <numerusform>سجلّ نهاية سجل التدقيق مفقود (في السجل قيد واحد، حتى القيد %1): ربما حُذفت قيوده الأخيرة.</numerusform>
            <numerusform>سجلّ نهاية سجل التدقيق مفقود (في السجل قيدان، حتى القيد %1): ربما حُذفت قيوده الأخيرة.</numerusform>
            <numerusform>سجلّ نهاية سجل التدقيق مفقود (في السجل %n قيود، حتى القيد %1): ربما حُذفت قيوده الأخيرة.</numerusform>
            <numerusform>سجلّ نهاية سجل التدقيق مفقود (في السجل %n قيدًا، حتى القيد %1): ربما حُذفت قيوده الأخيرة.</numerusform>
            <numerusform>سجلّ نهاية سجل التدقيق مفقود (في السجل %n قيد، حتى القيد %1): ربما حُذفت قيوده الأخيرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is empty, but %n entries were written up to entry %1: they were removed.</source>
        <translation>
            <numerusform>سجل التدقيق فارغ، مع أنه كُتب فيه %n قيد حتى القيد %1: لقد حُذفت.</numerusform>
            <numerusform>سجل التدقيق فارغ، مع أنه كُتب فيه قيد واحد حتى القيد %1: لقد حُذف.</numerusform>
            <numerusform>سجل التدقيق فارغ، مع أنه كُتب فيه قيدان حتى القيد %1: لقد حُذفا.</numerusform>
            <numerusform>سجل التدقيق فارغ، مع أنه كُتب فيه %n قيود حتى القيد %1: لقد حُذفت.</numerusform>
            <numerusform>سجل التدقيق فارغ، مع أنه كُتب فيه %n قيدًا حتى القيد %1: لقد حُذفت.</numerusform>
            <numerusform>سجل التدقيق فارغ، مع أنه كُتب فيه %n قيد حتى القيد %1: لقد حُذفت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail ends at entry %1, but %n entries were written up to entry %2: the entries after %1 were removed.</source>
        <translation>
            <numerusform>ينتهي سجل التدقيق عند القيد %1، مع أنه كُتب فيه %n قيد حتى القيد %2: حُذفت القيود التالية للقيد %1.</numerusform>
            <numerusform>ينتهي سجل التدقيق عند القيد %1، مع أنه كُتب فيه قيد واحد حتى القيد %2: حُذفت القيود التالية للقيد %1.</numerusform>
            <numerusform>ينتهي سجل التدقيق عند القيد %1، مع أنه كُتب فيه قيدان حتى القيد %2: حُذفت القيود التالية للقيد %1.</numerusform>
            <numerusform>ينتهي سجل التدقيق عند القيد %1، مع أنه كُتب فيه %n قيود حتى القيد %2: حُذفت القيود التالية للقيد %1.</numerusform>
            <numerusform>ينتهي سجل التدقيق عند القيد %1، مع أنه كُتب فيه %n قيدًا حتى القيد %2: حُذفت القيود التالية للقيد %1.</numerusform>
            <numerusform>ينتهي سجل التدقيق عند القيد %1، مع أنه كُتب فيه %n قيد حتى القيد %2: حُذفت القيود التالية للقيد %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside Istiqbal: the trail was last written at entry %2.</source>
        <translation>أُضيف قيد التدقيق %1 من خارج استقبال: آخر ما كتبه البرنامج في السجل هو القيد %2.</translation>
    </message>
    <message>
        <source>Audit entry %1, the last, is not the one written last: it was replaced.</source>
        <translation>قيد التدقيق %1، وهو الأخير، ليس القيد الذي كُتب أخيرًا: لقد استُبدل.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1</source>
        <translation>جرى العبث بسجل التدقيق. %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>The system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>عرض ما يخص</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;رقم الحالة:</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;المستفيد:</translation>
    </message>
    <message>
        <source>Name, ID number or phone</source>
        <translation>الاسم أو رقم الهوية أو الجوال</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;مسح</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The case number is written in digits.</source>
        <translation>يُكتب رقم الحالة بالأرقام.</translation>
    </message>
    <message>
        <source>No beneficiary matches “%1”.</source>
        <translation>لا يوجد مستفيد يطابق «%1».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A date is not right: %1</source>
        <translation>تاريخ غير صحيح: %1</translation>
    </message>
    <message>
        <source>Nothing in the audit log matches.</source>
        <translation>لا يوجد في سجل التدقيق ما يطابق.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln entries, newest first; scroll down for older ones.</source>
        <translation>
            <numerusform>لا توجد قيود.</numerusform>
            <numerusform>آخر قيد، والأحدث أولًا؛ مرّر للأسفل لعرض الأقدم.</numerusform>
            <numerusform>آخر قيدين، والأحدث أولًا؛ مرّر للأسفل لعرض الأقدم.</numerusform>
            <numerusform>آخر %Ln قيود، والأحدث أولًا؛ مرّر للأسفل لعرض الأقدم.</numerusform>
            <numerusform>آخر %Ln قيدًا، والأحدث أولًا؛ مرّر للأسفل لعرض الأقدم.</numerusform>
            <numerusform>آخر %Ln قيد، والأحدث أولًا؛ مرّر للأسفل لعرض الأقدم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, newest first.</source>
        <translation>
            <numerusform>لا توجد قيود.</numerusform>
            <numerusform>قيد واحد.</numerusform>
            <numerusform>قيدان، والأحدث أولًا.</numerusform>
            <numerusform>%Ln قيود، والأحدث أولًا.</numerusform>
            <numerusform>%Ln قيدًا، والأحدث أولًا.</numerusform>
            <numerusform>%Ln قيد، والأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — %4</source>
        <extracomment>the chosen audit entry: when, who, what, on which record</extracomment>
        <translation>%1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1 Restore a backup or ask the administrator who changed the database.</source>
        <translation>سجل التدقيق مكسور: %1 استرجع نسخة احتياطية أو اسأل مدير النظام عمّن غيّر قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is verified: all %Ln entries are sealed and follow one another.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: جميع القيود (%Ln) مختومة ويتلو بعضها بعضًا.</numerusform>
            <numerusform>سجل التدقيق سليم: القيد الوحيد مختوم.</numerusform>
            <numerusform>سجل التدقيق سليم: القيدان مختومان ويتلو أحدهما الآخر.</numerusform>
            <numerusform>سجل التدقيق سليم: القيود الـ%Ln كلها مختومة ويتلو بعضها بعضًا.</numerusform>
            <numerusform>سجل التدقيق سليم: القيود الـ%Ln كلها مختومة ويتلو بعضها بعضًا.</numerusform>
            <numerusform>سجل التدقيق سليم: القيود الـ%Ln كلها مختومة ويتلو بعضها بعضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Breach report…</source>
        <translation>تقرير حادثة التسرّب…</translation>
    </message>
    <message>
        <source>Whose personal data was seen or changed in a range of days, by whom: for a notification to the authority, as PDF or CSV</source>
        <translation>من اطُّلع على بياناته الشخصية أو غُيّرت في مدة من الأيام، ومن فعل ذلك: لإبلاغ الجهة المختصة، بصيغة PDF أو CSV</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>The last day of the range is before the first.</source>
        <translation>آخر يوم في المدة يسبق أولها.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Could not write to the audit log.</source>
        <translation>تعذّرت الكتابة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>تعذّرت قراءة سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>تسجيل خروج</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>محاولة دخول مرفوضة</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فتح حالة</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>تعديل حالة</translation>
    </message>
    <message>
        <source>Case moved to another step</source>
        <translation>نقل الحالة إلى خطوة أخرى</translation>
    </message>
    <message>
        <source>Case moved on</source>
        <translation>انتقال الحالة إلى الخطوة التالية</translation>
    </message>
    <message>
        <source>Reception details corrected</source>
        <translation>تصحيح بيانات الاستقبال</translation>
    </message>
    <message>
        <source>Beneficiary linked to the case</source>
        <translation>ربط المستفيد بالحالة</translation>
    </message>
    <message>
        <source>Beneficiary registered on the case</source>
        <translation>تسجيل مستفيد في الحالة</translation>
    </message>
    <message>
        <source>Service chosen</source>
        <translation>اختيار الخدمة</translation>
    </message>
    <message>
        <source>Rules version kept for the case</source>
        <translation>تثبيت إصدار الشروط للحالة</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>مطابقة المستندات</translation>
    </message>
    <message>
        <source>Data verified</source>
        <translation>التحقق من البيانات</translation>
    </message>
    <message>
        <source>Declaration signed</source>
        <translation>توقيع الإقرار</translation>
    </message>
    <message>
        <source>File number issued</source>
        <translation>إصدار رقم ملف</translation>
    </message>
    <message>
        <source>Service delivered</source>
        <translation>تقديم الخدمة</translation>
    </message>
    <message>
        <source>Survey taken</source>
        <translation>تعبئة الاستبيان</translation>
    </message>
    <message>
        <source>Survey declined</source>
        <translation>الاعتذار عن الاستبيان</translation>
    </message>
    <message>
        <source>Withdrawn by the beneficiary</source>
        <translation>انسحاب المستفيد</translation>
    </message>
    <message>
        <source>Decided not eligible</source>
        <translation>تقرير عدم الاستحقاق</translation>
    </message>
    <message>
        <source>Eligibility rule overridden</source>
        <translation>تجاوز شرط استحقاق</translation>
    </message>
    <message>
        <source>Referred to the program officer</source>
        <translation>إحالة إلى مسؤول البرامج</translation>
    </message>
    <message>
        <source>Back from the referral</source>
        <translation>العودة من الإحالة</translation>
    </message>
    <message>
        <source>Inquiry answered at the desk</source>
        <translation>الإجابة على استفسار في الاستقبال</translation>
    </message>
    <message>
        <source>Approved answer given</source>
        <translation>تقديم إجابة معتمدة</translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation>إنشاء إحالة</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>الرد على إحالة</translation>
    </message>
    <message>
        <source>Referral answer picked up</source>
        <translation>استلام رد الإحالة</translation>
    </message>
    <message>
        <source>Delivery recorded</source>
        <translation>تسجيل تقديم خدمة</translation>
    </message>
    <message>
        <source>Delivery approved</source>
        <translation>اعتماد تقديم خدمة</translation>
    </message>
    <message>
        <source>Survey recorded</source>
        <translation>تسجيل الاستبيان</translation>
    </message>
    <message>
        <source>Beneficiary registered</source>
        <translation>تسجيل مستفيد</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s record corrected</source>
        <translation>تصحيح سجل مستفيد</translation>
    </message>
    <message>
        <source>Document checklist saved</source>
        <translation>حفظ قائمة المستندات</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>إضافة خدمة</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>تعديل خدمة</translation>
    </message>
    <message>
        <source>Document type added</source>
        <translation>إضافة نوع مستند</translation>
    </message>
    <message>
        <source>Document type changed</source>
        <translation>تعديل نوع مستند</translation>
    </message>
    <message>
        <source>Survey question added</source>
        <translation>إضافة سؤال استبيان</translation>
    </message>
    <message>
        <source>Survey question changed</source>
        <translation>تعديل سؤال استبيان</translation>
    </message>
    <message>
        <source>Approved answer added</source>
        <translation>إضافة إجابة معتمدة</translation>
    </message>
    <message>
        <source>Approved answer changed</source>
        <translation>تعديل إجابة معتمدة</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>تعديل مستخدم</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Setting saved</source>
        <translation>حفظ إعداد</translation>
    </message>
    <message>
        <source>Setting cleared</source>
        <translation>حذف إعداد</translation>
    </message>
    <message>
        <source>Month&apos;s recommendations saved</source>
        <translation>حفظ توصيات الشهر</translation>
    </message>
    <message>
        <source>Follow-up marked done</source>
        <translation>إنجاز متابعة</translation>
    </message>
    <message>
        <source>Records added in bulk</source>
        <translation>إضافة سجلات دفعة واحدة</translation>
    </message>
    <message>
        <source>version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>rules version</source>
        <translation>إصدار الشروط</translation>
    </message>
    <message>
        <source>username</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>failed attempts</source>
        <translation>المحاولات الفاشلة</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>active</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>تقديم الخدمة</translation>
    </message>
    <message>
        <source>survey response</source>
        <translation>إجابات الاستبيان</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <source>provided</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>متحقَّق منه</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>override</source>
        <translation>التجاوز</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>association&apos;s name</source>
        <translation>اسم الجمعية</translation>
    </message>
    <message>
        <source>association&apos;s English name</source>
        <translation>اسم الجمعية بالإنجليزية</translation>
    </message>
    <message>
        <source>association&apos;s logo</source>
        <translation>شعار الجمعية</translation>
    </message>
    <message>
        <source>association&apos;s licence number</source>
        <translation>رقم ترخيص الجمعية</translation>
    </message>
    <message>
        <source>association&apos;s address</source>
        <translation>عنوان الجمعية</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>Beneficiary %1</source>
        <translation>المستفيد %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>الخدمة %1</translation>
    </message>
    <message>
        <source>Document type %1</source>
        <translation>نوع المستند %1</translation>
    </message>
    <message>
        <source>Survey question %1</source>
        <translation>سؤال الاستبيان %1</translation>
    </message>
    <message>
        <source>Approved answer %1</source>
        <translation>الإجابة المعتمدة %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one detail of an audit entry: what, then its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>between the details of an audit entry</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>إضافة بيانات تجريبية</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Data request recorded</source>
        <translation>سُجّل طلب بشأن البيانات</translation>
    </message>
    <message>
        <source>Data request closed</source>
        <translation>أُغلق طلب بشأن البيانات</translation>
    </message>
    <message>
        <source>request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>received</source>
        <translation>تاريخ الوصول</translation>
    </message>
    <message>
        <source>privacy notice in Arabic</source>
        <translation>إشعار الخصوصية بالعربية</translation>
    </message>
    <message>
        <source>privacy notice in English</source>
        <translation>إشعار الخصوصية بالإنجليزية</translation>
    </message>
    <message>
        <source>Data request %1</source>
        <translation>الطلب بشأن البيانات %1</translation>
    </message>
    <message>
        <source>Person&apos;s file opened</source>
        <translation>فُتح ملف الشخص</translation>
    </message>
    <message>
        <source>Case paper printed or saved</source>
        <translation>طُبعت ورقة من أوراق الحالة أو حُفظت</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data made</source>
        <translation>صُنعت نسخة من بيانات الشخص</translation>
    </message>
    <message>
        <source>Month&apos;s cases exported</source>
        <translation>صُدّرت حالات الشهر</translation>
    </message>
    <message>
        <source>Breach report made</source>
        <translation>أُعدّ تقرير الاختراق</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>how</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <source>registration receipt</source>
        <translation>إيصال التسجيل</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>حُفظ ملف PDF</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s identifying data destroyed</source>
        <translation>أُتلفت بيانات المستفيد المعرِّفة</translation>
    </message>
    <message>
        <source>Retention period set</source>
        <translation>حُدِّدت مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>People past the retention period anonymised</source>
        <translation>أُخفيت هوية من تجاوزوا مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>retention period in years</source>
        <translation>مدة الاحتفاظ بالسنوات</translation>
    </message>
    <message>
        <source>years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>توقف قبل النهاية</translation>
    </message>
    <message>
        <source>again, after restoring the backup</source>
        <translation>مرة أخرى، بعد استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>أُضيفت جهة</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>عُدّلت بيانات جهة</translation>
    </message>
    <message>
        <source>Program kind added</source>
        <translation>أُضيف نوع برنامج</translation>
    </message>
    <message>
        <source>Program kind changed</source>
        <translation>عُدّل نوع برنامج</translation>
    </message>
    <message>
        <source>Program request received</source>
        <translation>استُلم طلب برنامج</translation>
    </message>
    <message>
        <source>Requester&apos;s declaration recorded</source>
        <translation>سُجّل إقرار مقدّم الطلب</translation>
    </message>
    <message>
        <source>kind of organisation</source>
        <translation>نوع الجهة</translation>
    </message>
    <message>
        <source>supervising authority</source>
        <translation>الجهة المشرفة</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>program kind</source>
        <translation>نوع البرنامج</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>declaration signed</source>
        <translation>توقيع الإقرار</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>الجهة %1</translation>
    </message>
    <message>
        <source>Program kind %1</source>
        <translation>نوع البرنامج %1</translation>
    </message>
    <message>
        <source>Program request %1</source>
        <translation>طلب البرنامج %1</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>The username or password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator already exists; ask them to add your account.</source>
        <translation>يوجد مدير نظام مسبقًا؛ اطلب منه إضافة حسابك.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>حدِّد دورًا واحدًا على الأقل للمستخدم.</translation>
    </message>
    <message>
        <source>Give the user a username.</source>
        <translation>اكتب اسم مستخدم للمستخدم.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>اسم المستخدم %1 مستخدم مسبقًا.</translation>
    </message>
    <message>
        <source>The server login %1 is not an active Istiqbal user; ask the administrator to add it with istiqbal users add.</source>
        <translation>حساب الخادم %1 ليس مستخدمًا فعّالًا في استقبال؛ اطلب من مدير النظام إضافته بالأمر istiqbal users add.</translation>
    </message>
    <message>
        <source>The first user of a new database is its administrator: give the role admin.</source>
        <translation>أول مستخدم في قاعدة بيانات جديدة هو مدير النظام: أعطه الدور admin.</translation>
    </message>
    <message>
        <source>This server database is not set up for people&apos;s own logins (istiqbal server-setup). Give the desk&apos;s own login and password under Database…, or ask the administrator to set the server up.</source>
        <translation>قاعدة البيانات على هذا الخادم غير مهيأة ليدخل كل شخص بحسابه الخاص (istiqbal server-setup). أدخل حساب هذا المكتب وكلمة مروره من «قاعدة البيانات…»، أو اطلب من مدير النظام تهيئة الخادم.</translation>
    </message>
</context>
<context>
    <name>BackupDesk</name>
    <message>
        <source>A backup of a server database is not sealed with a passphrase: it is written by PostgreSQL&apos;s pg_dump for the server&apos;s administrator to keep on protected disks. Leave out --encrypt, and seal a copy that leaves the office with a tool such as gpg.</source>
        <translation>النسخة الاحتياطية لقاعدة بيانات على خادم لا تُختم بعبارة مرور: يكتبها البرنامج pg_dump من PostgreSQL ليحفظها مدير الخادم على أقراص محمية. احذف الخيار --encrypt، واختم النسخة التي تغادر المكتب بأداة مثل gpg.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>The folder for the backups, %1, cannot be made.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>An old backup could not be removed: %1.</source>
        <translation>تعذّر حذف نسخة احتياطية قديمة: %1.</translation>
    </message>
</context>
<context>
    <name>BackupStatusPanel</name>
    <message>
        <source>Istiqbal keeps a checked copy of the database in the backups folder beside it, made once a day when the day&apos;s work is over</source>
        <translation>يحفظ استقبال نسخة مفحوصة من قاعدة البيانات في مجلد النسخ الاحتياطية بجانبها، تُعمل مرة في اليوم عند انتهاء عمل اليوم</translation>
    </message>
    <message>
        <source>The database is on a server: it is backed up there.</source>
        <translation>قاعدة البيانات على خادم: تُنسخ احتياطيًا هناك.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>لم تُعمل أي نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>Last good backup: today at %1.</source>
        <translation>آخر نسخة احتياطية سليمة: اليوم الساعة %1.</translation>
    </message>
    <message numerus="yes">
        <source>Last good backup: %1, %n day(s) ago.</source>
        <translation>
            <numerusform>آخر نسخة احتياطية سليمة: %1، اليوم.</numerusform>
            <numerusform>آخر نسخة احتياطية سليمة: %1، قبل يوم واحد.</numerusform>
            <numerusform>آخر نسخة احتياطية سليمة: %1، قبل يومين.</numerusform>
            <numerusform>آخر نسخة احتياطية سليمة: %1، قبل %n أيام.</numerusform>
            <numerusform>آخر نسخة احتياطية سليمة: %1، قبل %n يومًا.</numerusform>
            <numerusform>آخر نسخة احتياطية سليمة: %1، قبل %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make one: close Istiqbal at the end of the day, or run istiqbal backup.</source>
        <translation>اعمل نسخة: أغلق استقبال في نهاية اليوم، أو شغّل الأمر istiqbal backup.</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>تُنشأ نسخة اليوم الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>BeneficiaryCasesModel</name>
    <message>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>BeneficiaryDesk</name>
    <message>
        <source>%1 is already registered with this ID number; find their record and use it instead of registering them again.</source>
        <translation>%1 مسجَّل مسبقًا برقم الهوية هذا؛ ابحث عن سجله واستخدمه بدل تسجيله مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is already registered with this ID number (file %2); find their record and use it instead of registering them again.</source>
        <translation>%1 مسجَّل مسبقًا برقم الهوية هذا (رقم الملف %2)؛ ابحث عن سجله واستخدمه بدل تسجيله مرة أخرى.</translation>
    </message>
    <message>
        <source>Someone else saved this beneficiary&apos;s record after you opened it. Reload the record and make your changes again.</source>
        <translation>حفظ مستخدم آخر سجل هذا المستفيد بعد أن فتحتَه. أعد تحميل السجل ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>%1 saved this beneficiary&apos;s record at %2, after you opened it. Reload the record and make your changes again.</source>
        <translation>حفظ %1 سجل هذا المستفيد في %2 بعد أن فتحتَه. أعد تحميل السجل ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>Someone else saved this beneficiary&apos;s record at %1, after you opened it. Reload the record and make your changes again.</source>
        <translation>حفظ مستخدم آخر سجل هذا المستفيد في %1 بعد أن فتحتَه. أعد تحميل السجل ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
</context>
<context>
    <name>BeneficiaryEditor</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;الاسم الأول:</translation>
    </message>
    <message>
        <source>Fat&amp;her&apos;s name:</source>
        <translation>&amp;اسم الأب:</translation>
    </message>
    <message>
        <source>&amp;Grandfather&apos;s name:</source>
        <translation>&amp;اسم الجد:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation>&amp;اسم العائلة:</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>&amp;نوع الهوية:</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>&amp;رقم الهوية:</translation>
    </message>
    <message>
        <source>Border number (10 digits) or passport number</source>
        <translation>رقم الحدود (١٠ أرقام) أو رقم الجواز</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;رقم الجوال:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;الجنس:</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>&amp;الجنسية:</translation>
    </message>
    <message>
        <source>Family &amp;size:</source>
        <translation>&amp;عدد أفراد الأسرة:</translation>
    </message>
    <message>
        <source>Monthly &amp;income (SAR):</source>
        <translation>&amp;الدخل الشهري (ريال):</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;المدينة:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>&amp;الحي:</translation>
    </message>
    <message>
        <source>Purpose of &amp;use:</source>
        <translation>&amp;غرض الاستخدام:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Providing the association&apos;s services and following them up</source>
        <translation>تقديم خدمات الجمعية ومتابعتها</translation>
    </message>
    <message>
        <source>The family size is a whole number from 1 to 50.</source>
        <translation>عدد أفراد الأسرة رقم صحيح من ١ إلى ٥٠.</translation>
    </message>
    <message>
        <source>The monthly income is an amount in riyals, such as 2500.</source>
        <translation>الدخل الشهري مبلغ بالريال، مثل ٢٥٠٠.</translation>
    </message>
    <message>
        <source>The birth date is not a date: %1</source>
        <translation>تاريخ الميلاد غير صحيح: %1</translation>
    </message>
    <message>
        <source>The chosen service needs this.</source>
        <translation>تشترطه الخدمة المختارة.</translation>
    </message>
    <message>
        <source>Privacy notice…</source>
        <translation>إشعار الخصوصية…</translation>
    </message>
    <message>
        <source>Print or save the notice that tells the person what is kept about them, why, and their rights</source>
        <translation>اطبع أو احفظ الإشعار الذي يبيّن للشخص ما يُحفظ عنه ولماذا وما حقوقه</translation>
    </message>
    <message>
        <source>The beneficiary &amp;consents to the use of their data for the purpose stated (Personal Data Protection Law)</source>
        <translation>&amp;يوافق المستفيد على استخدام بياناته للغرض المذكور (نظام حماية البيانات الشخصية)</translation>
    </message>
</context>
<context>
    <name>BeneficiaryFilePage</name>
    <message>
        <source>Back to the search</source>
        <translation>العودة إلى البحث</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>العودة إلى نتائج البحث (Esc)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>رقم الملف:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>الهوية:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الجوال:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>City and district:</source>
        <translation>المدينة والحي:</translation>
    </message>
    <message>
        <source>Family size:</source>
        <translation>عدد أفراد الأسرة:</translation>
    </message>
    <message>
        <source>Monthly income:</source>
        <translation>الدخل الشهري:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>الجنسية:</translation>
    </message>
    <message>
        <source>Consent to use the data:</source>
        <translation>الموافقة على استخدام البيانات:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>لم يصدر بعد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Saudi</source>
        <translation>سعودي</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>مُنحت في %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجلة</translation>
    </message>
    <message>
        <source>Provided and verified</source>
        <translation>مُقدَّم ومُتحقَّق منه</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>غير مُقدَّم</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>منتهٍ: %1</translation>
    </message>
    <message>
        <source>No documents recorded yet.</source>
        <translation>لم يُسجَّل أي مستند بعد.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>لا توجد حالات بعد.</translation>
    </message>
    <message>
        <source>Case %1: %2, %3.</source>
        <translation>الحالة %1: %2، %3.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>الطلب: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <source>Referred: %1</source>
        <translation>أُحيلت بالسؤال: %1</translation>
    </message>
    <message>
        <source>Program officer&apos;s answer: %1</source>
        <translation>إجابة مسؤول البرامج: %1</translation>
    </message>
    <message>
        <source>Waiting for the program officer&apos;s answer.</source>
        <translation>بانتظار إجابة مسؤول البرامج.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>Who looked</source>
        <translation>من اطّلع</translation>
    </message>
    <message>
        <source>Save a copy of the person&apos;s data</source>
        <translation>حفظ نسخة من بيانات الشخص</translation>
    </message>
    <message>
        <source>PDF for the person (*.pdf);;JSON for a machine (*.json)</source>
        <translation>ملف PDF للشخص (*.pdf);;ملف JSON للأنظمة (*.json)</translation>
    </message>
    <message>
        <source>The copy was saved to %1.</source>
        <translation>حُفظت النسخة في %1.</translation>
    </message>
    <message>
        <source>Anonymised record %1</source>
        <translation>سجل مُخفى الهوية رقم %1</translation>
    </message>
    <message>
        <source>The privacy notice was saved to %1.</source>
        <translation>حُفظ إشعار الخصوصية في %1.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryImport</name>
    <message>
        <source>the gender &quot;%1&quot; is not one of M, F, male, female, ذكر, أنثى</source>
        <translation>الجنس «%1» ليس واحدًا من: ذكر، أنثى، M، F، male، female</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and at least one row.</source>
        <translation>الملف فارغ: يجب أن يحتوي على صف العناوين وصف واحد على الأقل.</translation>
    </message>
    <message>
        <source>Line 1: the column &quot;%1&quot; appears twice.</source>
        <translation>السطر 1: العمود «%1» مكرر.</translation>
    </message>
    <message>
        <source>Line 1: the required column &quot;%1&quot; (%2) is missing.</source>
        <translation>السطر 1: العمود المطلوب «%1» (%2) غير موجود.</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns</source>
        <translation>في الصف %1 قيمة بينما في صف العناوين %2 عمودًا</translation>
    </message>
    <message>
        <source>the national ID %1 appears earlier in the file</source>
        <translation>رقم الهوية %1 مكرر في سطر سابق من الملف</translation>
    </message>
    <message>
        <source>the national ID %1 is already registered</source>
        <translation>رقم الهوية %1 مسجل مسبقًا</translation>
    </message>
    <message>
        <source>the family size &quot;%1&quot; is not a whole number from 1 to %2</source>
        <translation>عدد أفراد الأسرة «%1» ليس عددًا صحيحًا من 1 إلى %2</translation>
    </message>
    <message>
        <source>the monthly income &quot;%1&quot; %2 (write an amount in riyals such as 4500, 4,500.50 or ٤٬٥٠٠٫٥٠)</source>
        <translation>الدخل الشهري «%1» %2 (اكتب مبلغًا بالريال مثل 4500 أو 4,500.50 أو ٤٬٥٠٠٫٥٠)</translation>
    </message>
    <message>
        <source>is negative</source>
        <translation>سالب</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>the phone %1 is a landline number; the phone column (الجوال) takes a mobile number, 05XXXXXXXX</source>
        <translation>الرقم %1 رقم هاتف ثابت؛ عمود الجوال يقبل رقم جوال فقط، 05XXXXXXXX</translation>
    </message>
    <message>
        <source>the family size &quot;%1&quot; %2 (write a whole number from 1 to %3)</source>
        <translation>عدد أفراد الأسرة «%1» %2 (اكتب عددًا صحيحًا من 1 إلى %3)</translation>
    </message>
</context>
<context>
    <name>BeneficiaryMatchModel</name>
    <message>
        <source>No visit yet</source>
        <translation>لا زيارات بعد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
</context>
<context>
    <name>BeneficiaryRepository</name>
    <message>
        <source>The first name and the family name are required.</source>
        <translation>الاسم الأول واسم العائلة مطلوبان.</translation>
    </message>
    <message>
        <source>Could not check the identity number.</source>
        <translation>تعذّر التحقق من رقم الهوية.</translation>
    </message>
    <message>
        <source>Another beneficiary, %1, is already registered with this %2 (%3).</source>
        <translation>يوجد مستفيد آخر، %1، مسجَّل مسبقًا بنفس %2 (%3).</translation>
    </message>
    <message>
        <source>Could not update the name search index.</source>
        <translation>تعذّر تحديث فهرس البحث بالأسماء.</translation>
    </message>
    <message>
        <source>Could not save the new beneficiary.</source>
        <translation>تعذّر حفظ المستفيد الجديد.</translation>
    </message>
    <message>
        <source>Someone else saved this beneficiary&apos;s record after you opened it. Reload it and make your changes again.</source>
        <translation>حفظ مستخدم آخر سجل هذا المستفيد بعد أن فتحتَه. أعد تحميله ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>Could not save the beneficiary.</source>
        <translation>تعذّر حفظ بيانات المستفيد.</translation>
    </message>
    <message>
        <source>Could not read the beneficiary.</source>
        <translation>تعذّرت قراءة بيانات المستفيد.</translation>
    </message>
    <message>
        <source>There is no beneficiary with record number %1.</source>
        <translation>لا يوجد مستفيد برقم السجل %1.</translation>
    </message>
    <message>
        <source>Could not count the beneficiaries.</source>
        <translation>تعذّر عدّ المستفيدين.</translation>
    </message>
    <message>
        <source>Could not issue a file number.</source>
        <translation>تعذّر إصدار رقم ملف.</translation>
    </message>
    <message>
        <source>%1 is not a valid Hijri year.</source>
        <translation>%1 ليست سنة هجرية صحيحة.</translation>
    </message>
    <message>
        <source>Could not read the beneficiaries&apos; names.</source>
        <translation>تعذّرت قراءة أسماء المستفيدين.</translation>
    </message>
    <message>
        <source>%1 saved this beneficiary&apos;s record at %2, after you opened it. Reload the record to see their changes, then make yours again.</source>
        <translation>حفظ %1 سجل هذا المستفيد في %2 بعد أن فتحتَه. أعد تحميل السجل لترى تعديلاته، ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>Someone else saved this beneficiary&apos;s record at %1, after you opened it. Reload the record to see their changes, then make yours again.</source>
        <translation>حفظ مستخدم آخر سجل هذا المستفيد في %1 بعد أن فتحتَه. أعد تحميل السجل لترى تعديلاته، ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>This person&apos;s data was destroyed; there is nothing left to restrict.</source>
        <translation>أُتلفت بيانات هذا الشخص؛ فلم يبقَ ما يُقيَّد.</translation>
    </message>
    <message>
        <source>The processing of this person&apos;s data is already restricted.</source>
        <translation>معالجة بيانات هذا الشخص مقيّدة من قبل.</translation>
    </message>
    <message>
        <source>The processing of this person&apos;s data is not restricted.</source>
        <translation>معالجة بيانات هذا الشخص غير مقيّدة.</translation>
    </message>
    <message>
        <source>Could not save the restriction.</source>
        <translation>تعذّر حفظ التقييد.</translation>
    </message>
    <message>
        <source>This person&apos;s data was destroyed; their record can no longer be changed.</source>
        <translation>أُتلفت بيانات هذا الشخص؛ لم يعد ممكناً تغيير سجله.</translation>
    </message>
</context>
<context>
    <name>BeneficiarySearch</name>
    <message>
        <source>The search could not run.</source>
        <translation>تعذّر إجراء البحث.</translation>
    </message>
</context>
<context>
    <name>BeneficiarySearchPanel</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Name (any spelling), national ID or phone number</source>
        <translation>الاسم (بأي طريقة كتابة) أو رقم الهوية أو رقم الجوال</translation>
    </message>
    <message>
        <source>Type a name, a national ID or a phone number; press Enter to open the beneficiary&apos;s file.</source>
        <translation>اكتب اسمًا أو رقم هوية أو رقم جوال، ثم اضغط Enter لفتح ملف المستفيد.</translation>
    </message>
    <message>
        <source>No beneficiary matches &quot;%1&quot;.</source>
        <translation>لا يوجد مستفيد يطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln matches; type more to narrow them down.</source>
        <translation>
            <numerusform>لا نتائج؛ اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>أول نتيجة؛ اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>أول نتيجتين؛ اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>أول %Ln نتائج؛ اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>أول %Ln نتيجة؛ اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>أول %Ln نتيجة؛ اكتب المزيد لتضييق البحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiaries found.</source>
        <translation>
            <numerusform>لم يُعثر على أي مستفيد.</numerusform>
            <numerusform>عُثر على مستفيد واحد.</numerusform>
            <numerusform>عُثر على مستفيدَين.</numerusform>
            <numerusform>عُثر على %Ln مستفيدين.</numerusform>
            <numerusform>عُثر على %Ln مستفيدًا.</numerusform>
            <numerusform>عُثر على %Ln مستفيد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiaryValidation</name>
    <message>
        <source>The ID number is required.</source>
        <translation>رقم الهوية مطلوب.</translation>
    </message>
    <message>
        <source>A border number has only digits.</source>
        <translation>رقم الحدود يتكوّن من أرقام فقط.</translation>
    </message>
    <message>
        <source>A border number has 10 digits; this one has %1.</source>
        <translation>رقم الحدود مكوّن من 10 أرقام، وهذا الرقم فيه %1.</translation>
    </message>
    <message>
        <source>A border number starts with 3 or 4.</source>
        <translation>يبدأ رقم الحدود بالرقم 3 أو 4.</translation>
    </message>
    <message>
        <source>A passport number has only Latin letters and digits; &quot;%1&quot; is not one.</source>
        <translation>رقم الجواز يتكوّن من حروف لاتينية وأرقام فقط، و«%1» ليس منها.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 letters and digits.</source>
        <translation>رقم الجواز من 5 إلى 20 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <source>A national ID belongs to a Saudi citizen, but the nationality is %1.</source>
        <translation>رقم الهوية الوطنية خاص بالمواطنين السعوديين، لكن الجنسية المسجّلة %1.</translation>
    </message>
    <message>
        <source>The nationality is a two-letter country code such as SA or YE; &quot;%1&quot; is not.</source>
        <translation>الجنسية رمز دولة من حرفين لاتينيين مثل SA أو YE، و«%1» ليس كذلك.</translation>
    </message>
    <message>
        <source>The family size is a whole number from 1 to %1.</source>
        <translation>عدد أفراد الأسرة عدد صحيح من 1 إلى %1.</translation>
    </message>
    <message>
        <source>The monthly income cannot be negative.</source>
        <translation>لا يمكن أن يكون الدخل الشهري قيمة سالبة.</translation>
    </message>
    <message>
        <source>Record the beneficiary&apos;s consent to the use of their data for the association&apos;s services before saving their record.</source>
        <translation>سجِّل موافقة المستفيد على استخدام بياناته في خدمات الجمعية قبل حفظ سجله.</translation>
    </message>
</context>
<context>
    <name>BreachReportCsv</name>
    <message>
        <source>The breach report cannot be written: the file is not open.</source>
        <translation>لا يمكن كتابة تقرير حادثة التسرّب: الملف غير مفتوح.</translation>
    </message>
    <message>
        <source>The breach report could not be written: %1</source>
        <translation>تعذّرت كتابة تقرير حادثة التسرّب: %1</translation>
    </message>
</context>
<context>
    <name>BreachReportDesk</name>
    <message>
        <source>The breach report is written as PDF or CSV: give the file a name ending in .pdf or .csv.</source>
        <translation>يُكتب تقرير حادثة التسرّب بصيغة PDF أو CSV: اجعل اسم الملف ينتهي بـ .pdf أو .csv.</translation>
    </message>
    <message>
        <source>More than %1 month exports were made in this range: choose a shorter range.</source>
        <translation>جرى في هذه المدة أكثر من %1 تصدير شهري: اختر مدة أقصر.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the range.</source>
        <translation>اختر أول يوم وآخر يوم في المدة.</translation>
    </message>
    <message>
        <source>The last day of the range is before the first.</source>
        <translation>آخر يوم في المدة قبل أول يوم فيها.</translation>
    </message>
    <message>
        <source>More than %1 entries fall in this range: choose a shorter range.</source>
        <translation>في هذه المدة أكثر من %1 قيد: اختر مدة أقصر.</translation>
    </message>
</context>
<context>
    <name>BreachReportDialog</name>
    <message>
        <source>Breach report</source>
        <translation>تقرير حادثة التسرّب</translation>
    </message>
    <message>
        <source>Whose personal data was seen or changed, by whom, when and how: every file opened, paper printed, copy made, correction and case work, and each month export counted for each person it carried. The law asks for a breach to be reported to the authority within 72 hours.</source>
        <translation>من اطُّلع على بياناته الشخصية أو غُيّرت، ومن فعل ذلك، ومتى، وكيف: كل ملف فُتح، وورقة طُبعت، ونسخة أُعدّت، وتصحيح، وعمل على حالة، وكل تصدير شهري محسوباً مرة لكل شخص حمل بياناته. يوجب النظام إبلاغ الجهة المختصة بالتسرّب خلال ٧٢ ساعة.</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>أول يوم:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>آخر يوم:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <source>Write the first and the last day of the range.</source>
        <translation>اكتب أول يوم وآخر يوم في المدة.</translation>
    </message>
    <message>
        <source>No one&apos;s personal data was seen or changed in this range.</source>
        <translation>لم يُطّلع على البيانات الشخصية لأحد ولم تُغيَّر في هذه المدة.</translation>
    </message>
    <message>
        <source>Entries in this range: %1, about %2 people, by %3 staff members.</source>
        <translation>القيود في هذه المدة: %1، عن %2 من الأشخاص، من %3 من الموظفين.</translation>
    </message>
    <message>
        <source>Save the breach report</source>
        <translation>حفظ تقرير حادثة التسرّب</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>The breach report (%1 entries) was saved to %2.</source>
        <translation>حُفظ تقرير حادثة التسرّب (%1 قيداً) في %2.</translation>
    </message>
</context>
<context>
    <name>BreachReportPdf</name>
    <message>
        <source>The system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Staff member no. %1</source>
        <translation>الموظف رقم %1</translation>
    </message>
    <message>
        <source>%1 (record %2)</source>
        <extracomment>a person in the breach report: their name, then their record number</extracomment>
        <translation>%1 (السجل %2)</translation>
    </message>
    <message>
        <source>Breach report: whose personal data was seen or changed</source>
        <translation>تقرير حادثة التسرّب: من اطُّلع على بياناته الشخصية أو غُيّرت</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Made on %1 by %2 from the audit log, for a notification to the authority (Personal Data Protection Law: within 72 hours of learning of a breach).</source>
        <translation>أعدّه %2 في %1 من سجل التدقيق، لإبلاغ الجهة المختصة (نظام حماية البيانات الشخصية: خلال ٧٢ ساعة من العلم بالتسرّب).</translation>
    </message>
    <message>
        <source>Entries: %1 · People: %2 · Staff members: %3</source>
        <translation>القيود: %1؛ الأشخاص: %2؛ الموظفون: %3</translation>
    </message>
    <message>
        <source>People whose data was seen or changed</source>
        <translation>الأشخاص الذين اطُّلع على بياناتهم أو غُيّرت</translation>
    </message>
    <message>
        <source>No one&apos;s data was seen or changed in this range.</source>
        <translation>لم يُطّلع على بيانات أحد ولم تُغيَّر في هذه المدة.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>أول قيد</translation>
    </message>
    <message>
        <source>Every entry, oldest first</source>
        <translation>كل القيود، الأقدم أولاً</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>بيانات من</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Breach report</source>
        <translation>تقرير حادثة التسرّب</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>A bulk write cannot start inside another transaction.</source>
        <translation>لا يمكن بدء الكتابة الجماعية أثناء عملية حفظ أخرى.</translation>
    </message>
    <message>
        <source>Could not prepare the bulk write.</source>
        <translation>تعذّر تجهيز الكتابة الجماعية.</translation>
    </message>
    <message>
        <source>The bulk write has not been started.</source>
        <translation>لم تبدأ الكتابة الجماعية بعد.</translation>
    </message>
    <message>
        <source>Could not write the records.</source>
        <translation>تعذّرت كتابة السجلات.</translation>
    </message>
    <message>
        <source>Cannot save the changes.</source>
        <translation>تعذّر حفظ التغييرات.</translation>
    </message>
    <message>
        <source>The first name and the family name are required.</source>
        <translation>الاسم الأول واسم العائلة مطلوبان.</translation>
    </message>
</context>
<context>
    <name>CaseDesk</name>
    <message>
        <source>Only the program officer may decide that a beneficiary is not eligible when the service&apos;s eligibility rules are met or overridden.</source>
        <translation>لا يحق إلا لمسؤول البرامج أن يقرر عدم استحقاق المستفيد إذا كانت شروط استحقاق الخدمة مستوفاة أو تم تجاوزها.</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>City and district</source>
        <translation>المدينة والحي</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>%1 SAR</source>
        <translation>%1 ريال</translation>
    </message>
    <message>
        <source>Declaration of the accuracy of the data</source>
        <translation>إقرار بصحة البيانات</translation>
    </message>
    <message>
        <source>I, the undersigned, whose data are given below, declare that all the data and information I have given to %1 are true and complete, that I am directly responsible for their accuracy, and that I will inform the association of any change to them. I bear the consequences should any of them prove untrue.</source>
        <translation>أقر أنا الموقّع أدناه، المبيّنة بياناتي في هذا الإقرار، بأن جميع البيانات والمعلومات التي قدمتها إلى %1 صحيحة وكاملة، وأنني مسؤول مسؤولية مباشرة عن صحتها، وأتعهد بإبلاغ الجمعية بأي تغيير يطرأ عليها، وأتحمل ما يترتب على عدم صحة أي منها.</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s signature:</source>
        <translation>توقيع المستفيد:</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <translation>الموظف المختص: %1</translation>
    </message>
    <message>
        <source>Staff member&apos;s signature:</source>
        <translation>توقيع الموظف:</translation>
    </message>
    <message>
        <source>Registration receipt</source>
        <translation>إيصال تسجيل</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>رقم الملف:</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>الموظف المسجِّل</translation>
    </message>
    <message>
        <source>Keep this receipt and give your file number whenever you contact the association.</source>
        <translation>احتفظ بهذا الإيصال، واذكر رقم ملفك كلما تواصلت مع الجمعية.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>فضلاً انتظر حتى يُنادى رقمك.</translation>
    </message>
    <message>
        <source>The printer does not accept the page size of this document.</source>
        <translation>الطابعة لا تقبل مقاس الصفحة لهذا المستند.</translation>
    </message>
    <message>
        <source>I, the undersigned, whose data are given below, declare that all the data and information I have given to %1 are true and complete, that I am directly responsible for their accuracy, and that I will inform the association of any change to them. I bear the consequences should any of them prove untrue.</source>
        <comment>a woman</comment>
        <translation>أقر أنا الموقّعة أدناه، المبيّنة بياناتي في هذا الإقرار، بأن جميع البيانات والمعلومات التي قدمتها إلى %1 صحيحة وكاملة، وأنني مسؤولة مسؤولية مباشرة عن صحتها، وأتعهد بإبلاغ الجمعية بأي تغيير يطرأ عليها، وأتحمل ما يترتب على عدم صحة أي منها.</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s signature:</source>
        <comment>a woman</comment>
        <translation>توقيع المستفيدة:</translation>
    </message>
    <message>
        <source>Keep this receipt and give your file number whenever you contact the association.</source>
        <comment>a woman</comment>
        <translation>احتفظي بهذا الإيصال، واذكري رقم ملفك كلما تواصلتِ مع الجمعية.</translation>
    </message>
</context>
<context>
    <name>CaseHistoryModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>a step of the case, then its state, e.g. &quot;Referral — Waiting for the program officer&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
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
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;الخطوة التالية</translation>
    </message>
    <message>
        <source>Save this page and move the case to the next step (Ctrl+Enter)</source>
        <translation>حفظ هذه الصفحة ونقل الحالة إلى الخطوة التالية (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save this page and stay on it (Ctrl+S)</source>
        <translation>حفظ هذه الصفحة والبقاء فيها (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Refer to the program officer…</source>
        <translation>&amp;إحالة إلى مسؤول البرامج…</translation>
    </message>
    <message>
        <source>Ask the program officer when the procedure is not clear (Ctrl+R)</source>
        <translation>سؤال مسؤول البرامج عند عدم وضوح الإجراءات (Ctrl+R)</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the case again, e.g. to see the program officer&apos;s answer (F5)</source>
        <translation>قراءة الحالة من جديد، مثلاً لمعرفة ردّ مسؤول البرامج (F5)</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;انسحب المستفيد…</translation>
    </message>
    <message>
        <source>The beneficiary withdraws: end the case with the reason (Ctrl+Shift+W)</source>
        <translation>انسحاب المستفيد: إنهاء الحالة مع ذكر السبب (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Close the case screen</source>
        <translation>إغلاق &amp;شاشة الحالة</translation>
    </message>
    <message>
        <source>Save this page and go back; the case stays where it is (Esc)</source>
        <translation>حفظ هذه الصفحة والعودة؛ تبقى الحالة في خطوتها (Esc)</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>مراجع جديد</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>رقم الانتظار %1</translation>
    </message>
    <message>
        <source>Choose the channel and the purpose; Ctrl+Enter opens the case and moves on.</source>
        <translation>اختر قناة التواصل والغرض من المراجعة؛ يفتح Ctrl+Enter الحالة وينتقل إلى الخطوة التالية.</translation>
    </message>
    <message>
        <source>This case has ended: %1.</source>
        <translation>انتهت هذه الحالة: %1.</translation>
    </message>
    <message>
        <source>Before the next step:</source>
        <translation>قبل الانتقال إلى الخطوة التالية:</translation>
    </message>
    <message>
        <source>Nothing is missing: Ctrl+Enter closes the case.</source>
        <translation>لا ينقص شيء: يُغلق Ctrl+Enter الحالة.</translation>
    </message>
    <message>
        <source>Nothing is missing: Ctrl+Enter moves the case to %1.</source>
        <translation>لا ينقص شيء: ينقل Ctrl+Enter الحالة إلى خطوة «%1».</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The case is closed. Thank you.</source>
        <translation>أُغلقت الحالة. شكراً لك.</translation>
    </message>
    <message>
        <source>Record the answers or a comment, or that the beneficiary declined the survey.</source>
        <translation>سجّل الإجابات أو ملاحظة، أو سجّل اعتذار المستفيد عن الاستبيان.</translation>
    </message>
    <message>
        <source>Open the case first (Ctrl+S), then refer it.</source>
        <translation>افتح الحالة أولاً (Ctrl+S) ثم أحِلها.</translation>
    </message>
    <message>
        <source>A case is referred from reception, information or verification, while it is open; this case is at %1 (%2).</source>
        <translation>تُحال الحالة من خطوة الاستقبال أو استيفاء المعلومات أو التحقق وهي مفتوحة؛ وهذه الحالة في خطوة «%1» (%2).</translation>
    </message>
    <message>
        <source>The beneficiary withdraws</source>
        <translation>انسحاب المستفيد</translation>
    </message>
    <message>
        <source>Why does the beneficiary withdraw? (kept with the case)</source>
        <translation>ما سبب انسحاب المستفيد؟ (يُحفظ مع الحالة)</translation>
    </message>
    <message>
        <source>The case is closed as withdrawn.</source>
        <translation>أُغلقت الحالة لانسحاب المستفيد.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>This page could not be saved:
%1

Close the case anyway, without these changes?</source>
        <translation>تعذّر حفظ هذه الصفحة:
%1

هل تغلق الحالة رغم ذلك دون هذه التعديلات؟</translation>
    </message>
    <message>
        <source>Re&amp;load the record</source>
        <translation>&amp;إعادة تحميل السجل</translation>
    </message>
    <message>
        <source>Show the record as the other desk saved it; what you typed on this page is dropped</source>
        <translation>عرض السجل كما حفظه المكتب الآخر؛ ويُترك ما كتبته في هذه الصفحة</translation>
    </message>
    <message>
        <source>Read again: this is the record as it is saved now. Make your changes again if they are still needed.</source>
        <translation>أُعيدت القراءة: هذا هو السجل كما هو محفوظ الآن. أعد إدخال تعديلاتك إن كانت لا تزال لازمة.</translation>
    </message>
    <message>
        <source>The connection is back and this page was saved.</source>
        <translation>عاد الاتصال وحُفظت هذه الصفحة.</translation>
    </message>
    <message>
        <source>Not saved: the connection to the database server was lost. This page stays as you typed it and is saved when the server is back.</source>
        <translation>لم يُحفظ: انقطع الاتصال بخادم قاعدة البيانات. تبقى هذه الصفحة كما كتبتها، وتُحفظ عند عودة الخادم.</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the case&apos;s title</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Could not issue a ticket number.</source>
        <translation>تعذّر إصدار رقم الدور.</translation>
    </message>
    <message>
        <source>Could not save the new case.</source>
        <translation>تعذّر حفظ الحالة الجديدة.</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Reload it and make your changes again.</source>
        <translation>حفظ مستخدم آخر هذه الحالة بعد أن فتحتَها. أعد تحميلها ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>Could not save the case.</source>
        <translation>تعذّر حفظ الحالة.</translation>
    </message>
    <message>
        <source>Could not record the step change.</source>
        <translation>تعذّر تسجيل الانتقال بين الخطوات.</translation>
    </message>
    <message>
        <source>Could not read the case.</source>
        <translation>تعذّرت قراءة الحالة.</translation>
    </message>
    <message>
        <source>There is no case with number %1.</source>
        <translation>لا توجد حالة بالرقم %1.</translation>
    </message>
    <message>
        <source>Could not read the case history.</source>
        <translation>تعذّرت قراءة سجل الحالة.</translation>
    </message>
    <message>
        <source>Could not read the list of cases.</source>
        <translation>تعذّرت قراءة قائمة الحالات.</translation>
    </message>
    <message>
        <source>Could not count the cases.</source>
        <translation>تعذّر عدّ الحالات.</translation>
    </message>
    <message>
        <source>%1 saved this case at %2, after you opened it. Reload the case to see their changes, then make yours again.</source>
        <translation>حفظ %1 هذه الحالة في %2 بعد أن فتحتَها. أعد تحميل الحالة لترى تعديلاته، ثم أدخل تعديلاتك من جديد.</translation>
    </message>
    <message>
        <source>Someone else saved this case at %1, after you opened it. Reload the case to see their changes, then make yours again.</source>
        <translation>حفظ مستخدم آخر هذه الحالة في %1 بعد أن فتحتَها. أعد تحميل الحالة لترى تعديلاته، ثم أدخل تعديلاتك من جديد.</translation>
    </message>
</context>
<context>
    <name>CaseStepPage</name>
    <message>
        <source>Staff member no. %1</source>
        <translation>الموظف رقم %1</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>CatalogueDesk</name>
    <message>
        <source>the income ceiling per family member</source>
        <translation>حد دخل الفرد في الأسرة</translation>
    </message>
    <message>
        <source>the nationality rule</source>
        <translation>شرط الجنسية</translation>
    </message>
    <message>
        <source>the city rule</source>
        <translation>شرط المدينة</translation>
    </message>
    <message>
        <source>the age range</source>
        <translation>شرط العمر</translation>
    </message>
    <message>
        <source>the minimum family size</source>
        <translation>شرط الحد الأدنى لعدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>the required documents rule</source>
        <translation>شرط المستندات المطلوبة</translation>
    </message>
    <message>
        <source>The document type %1 is not in the catalogue.</source>
        <translation>نوع المستند %1 غير موجود في دليل الخدمات.</translation>
    </message>
    <message>
        <source>The service has %1 twice; keep one.</source>
        <translation>للخدمة %1 مرتين؛ أبقِ واحدًا.</translation>
    </message>
    <message>
        <source>Give the income ceiling per family member an amount above zero.</source>
        <translation>حدّد لدخل الفرد في الأسرة حدًا أعلى أكبر من صفر.</translation>
    </message>
    <message>
        <source>Choose at least one nationality for the rule.</source>
        <translation>اختر جنسية واحدة على الأقل للشرط.</translation>
    </message>
    <message>
        <source>%1 is not a nationality code; use two letters, such as SA.</source>
        <translation>%1 ليس رمز جنسية؛ استخدم حرفين لاتينيين مثل SA.</translation>
    </message>
    <message>
        <source>Write at least one city for the rule.</source>
        <translation>اكتب مدينة واحدة على الأقل للشرط.</translation>
    </message>
    <message>
        <source>Ages in the rule are between 0 and 120 years.</source>
        <translation>الأعمار في الشرط بين ٠ و١٢٠ سنة.</translation>
    </message>
    <message>
        <source>Give the age range a lowest or a highest age.</source>
        <translation>حدّد لشرط العمر حدًا أدنى أو حدًا أعلى.</translation>
    </message>
    <message>
        <source>The highest age (%1) is below the lowest age (%2).</source>
        <translation>الحد الأعلى للعمر (%1) أقل من الحد الأدنى (%2).</translation>
    </message>
    <message>
        <source>The minimum family size is a number of people from 1 to 50.</source>
        <translation>الحد الأدنى لعدد أفراد الأسرة عدد من ١ إلى ٥٠.</translation>
    </message>
    <message>
        <source>The service requires no documents, so the required documents rule would check nothing; choose the documents first.</source>
        <translation>لا تتطلب الخدمة أي مستند، فلن يتحقق شرط المستندات من شيء؛ اختر المستندات أولًا.</translation>
    </message>
    <message>
        <source>Write the service&apos;s name in Arabic.</source>
        <translation>اكتب اسم الخدمة بالعربية.</translation>
    </message>
    <message>
        <source>Another service is already called %1.</source>
        <translation>توجد خدمة أخرى باسم %1.</translation>
    </message>
    <message>
        <source>Write the document&apos;s name in Arabic.</source>
        <translation>اكتب اسم المستند بالعربية.</translation>
    </message>
    <message>
        <source>Another document type is already called %1.</source>
        <translation>يوجد نوع مستند آخر باسم %1.</translation>
    </message>
    <message>
        <source>Write the question in Arabic.</source>
        <translation>اكتب السؤال بالعربية.</translation>
    </message>
    <message>
        <source>There is no survey question with number %1.</source>
        <translation>لا يوجد سؤال استبيان بالرقم %1.</translation>
    </message>
    <message>
        <source>Name the document the answer comes from (the bylaws, a guide, the support policy...).</source>
        <translation>اذكر المستند الذي أُخذت منه الإجابة (اللائحة الأساسية، أحد الأدلة، سياسة الدعم...).</translation>
    </message>
</context>
<context>
    <name>CatalogueListPanel</name>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>احفظ تعديلاتك أو تراجع عنها أولًا.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>The catalogue</source>
        <translation>دليل الخدمات</translation>
    </message>
    <message>
        <source>What the desk offers and how it judges: services and their eligibility rules, the documents they need, the satisfaction survey and the approved answers to common inquiries.</source>
        <translation>ما يقدّمه مكتب الاستقبال وكيف يحكم: الخدمات وشروط استحقاقها، والمستندات التي تتطلبها، واستبيان الرضا، والإجابات المعتمدة عن الاستفسارات الشائعة.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>أنواع المستندات</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>أسئلة الاستبيان</translation>
    </message>
    <message>
        <source>Common inquiries and answers</source>
        <translation>الاستفسارات الشائعة وإجاباتها</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
</context>
<context>
    <name>CatalogueSetup</name>
    <message>
        <source>The starting catalogue of services could not be set up: %1</source>
        <translation>تعذّر إعداد دليل الخدمات الابتدائي: %1</translation>
    </message>
</context>
<context>
    <name>ChangeAnnouncer</name>
    <message>
        <source>Cannot tell the other desks about the change.</source>
        <translation>تعذّر إبلاغ المكاتب الأخرى بالتغيير.</translation>
    </message>
</context>
<context>
    <name>ChangeNotifier</name>
    <message>
        <source>This database connection cannot tell about changes made at other desks.</source>
        <translation>لا يستطيع هذا الاتصال بقاعدة البيانات الإبلاغ عن التغييرات التي تُجرى في المكاتب الأخرى.</translation>
    </message>
    <message>
        <source>Cannot listen for changes made at other desks.</source>
        <translation>تعذّر الاستماع إلى التغييرات التي تُجرى في المكاتب الأخرى.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database %1 is intact (schema version %2).</source>
        <translation>قاعدة البيانات %1 سليمة (إصدار المخطط %2).</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>ملف النسخة الاحتياطية المراد كتابته (يجب ألا يكون موجودًا).</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>الخيار --output FILE مطلوب</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>الملف %1 موجود مسبقًا؛ اختر اسم ملف جديدًا</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>istiqbal: unknown verb &apos;%1&apos;; try &apos;istiqbal help&apos;</source>
        <translation>istiqbal: الأمر «%1» غير معروف؛ جرّب istiqbal help</translation>
    </message>
    <message>
        <source>How many beneficiaries (default 2000).</source>
        <translation>عدد المستفيدين (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>How many cases (default 3000).</source>
        <translation>عدد الحالات (الافتراضي 3000).</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>البذرة العشوائية: البذرة نفسها تعطي البيانات نفسها.</translation>
    </message>
    <message>
        <source>--beneficiaries takes a whole number from 1 to 5000000</source>
        <translation>الخيار ‎--beneficiaries‎ يقبل عددًا صحيحًا من 1 إلى 5000000</translation>
    </message>
    <message>
        <source>--cases takes a whole number from 0 to 10000000</source>
        <translation>الخيار ‎--cases‎ يقبل عددًا صحيحًا من 0 إلى 10000000</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 2147483647</source>
        <translation>الخيار ‎--seed‎ يقبل عددًا صحيحًا من 0 إلى 2147483647</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n beneficiaries; demo data goes into a new database only</source>
        <translation>
            <numerusform>قاعدة البيانات %1 لا تحوي أي مستفيد؛ البيانات التجريبية تُكتب في قاعدة بيانات جديدة فقط</numerusform>
            <numerusform>قاعدة البيانات %1 تحوي مستفيدًا واحدًا؛ البيانات التجريبية تُكتب في قاعدة بيانات جديدة فقط</numerusform>
            <numerusform>قاعدة البيانات %1 تحوي مستفيدَين؛ البيانات التجريبية تُكتب في قاعدة بيانات جديدة فقط</numerusform>
            <numerusform>قاعدة البيانات %1 تحوي %n مستفيدين؛ البيانات التجريبية تُكتب في قاعدة بيانات جديدة فقط</numerusform>
            <numerusform>قاعدة البيانات %1 تحوي %n مستفيدًا؛ البيانات التجريبية تُكتب في قاعدة بيانات جديدة فقط</numerusform>
            <numerusform>قاعدة البيانات %1 تحوي %n مستفيد؛ البيانات التجريبية تُكتب في قاعدة بيانات جديدة فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s: %3 beneficiaries, %4 cases, %5 referrals, %6 deliveries, %7 surveys.</source>
        <translation>كُتبت البيانات التجريبية في %1 خلال %2 ثانية: %3 مستفيد، %4 حالة، %5 إحالة، %6 خدمة مقدَّمة، %7 استبيان.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>طباعة النتيجة بصيغة JSON.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>ملف CSV المراد استيراده.</translation>
    </message>
    <message>
        <source>give exactly one CSV file to import</source>
        <translation>حدِّد ملف CSV واحدًا فقط للاستيراد</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>لم يُستورد أي سجل: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n beneficiaries.</source>
        <translation>
            <numerusform>لم يُستورد أي مستفيد.</numerusform>
            <numerusform>استُورد مستفيد واحد.</numerusform>
            <numerusform>استُورد مستفيدان.</numerusform>
            <numerusform>استُورد %n مستفيدين.</numerusform>
            <numerusform>استُورد %n مستفيدًا.</numerusform>
            <numerusform>استُورد %n مستفيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 rejected: %2</source>
        <translation>رُفض السطر %1: %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a beneficiary field and was ignored.</source>
        <translation>العمود «%1» ليس من بيانات المستفيد فتم تجاهله.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>الطباعة بصيغة JSON.</translation>
    </message>
    <message>
        <source>At most K results (default 20).</source>
        <translation>عدد النتائج الأقصى K (الافتراضي 20).</translation>
    </message>
    <message>
        <source>A name (any spelling), national ID or phone.</source>
        <translation>اسم (بأي طريقة كتابة) أو رقم هوية أو رقم جوال.</translation>
    </message>
    <message>
        <source>give a name, national ID or phone to search for</source>
        <translation>اكتب اسمًا أو رقم هوية أو رقم جوال للبحث عنه</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 1000</source>
        <translation>الخيار ‎--limit‎ يقبل عددًا صحيحًا من 1 إلى 1000</translation>
    </message>
    <message>
        <source>No beneficiary matches &quot;%1&quot;.</source>
        <translation>لا يوجد مستفيد يطابق «%1».</translation>
    </message>
    <message>
        <source>The database: a file (default: istiqbal.sqlite in the user&apos;s data folder) or a server database, postgresql://USER@HOST:PORT/DBNAME (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>قاعدة البيانات: ملف (الافتراضي: istiqbal.sqlite في مجلد بيانات المستخدم) أو قاعدة بيانات على خادم، postgresql://USER@HOST:PORT/DBNAME (كلمة المرور من PGPASSWORD أو ‎~/.pgpass).</translation>
    </message>
    <message>
        <source>fill a new database with synthetic data</source>
        <translation>تعبئة قاعدة بيانات جديدة ببيانات تجريبية</translation>
    </message>
    <message>
        <source>import beneficiaries from a spreadsheet</source>
        <translation>استيراد المستفيدين من جدول بيانات</translation>
    </message>
    <message>
        <source>find beneficiaries by name, ID or phone</source>
        <translation>البحث عن المستفيدين بالاسم أو الهوية أو الجوال</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>فحص سلامة قاعدة البيانات</translation>
    </message>
    <message>
        <source>write the monthly summary as PDF ([--language ar|en])</source>
        <translation>كتابة الملخص الشهري بصيغة PDF ([--language ar|en])</translation>
    </message>
    <message>
        <source>Usage: istiqbal [VERB] [OPTIONS]</source>
        <translation>الاستخدام: istiqbal [VERB] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a verb, opens the application window.</source>
        <translation>دون أمر تُفتح نافذة التطبيق.</translation>
    </message>
    <message>
        <source>Verbs (each takes --database PATH and --help):</source>
        <translation>الأوامر (كل منها يقبل ‎--database PATH‎ و‎--help‎):</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>عرض رقم الإصدار</translation>
    </message>
    <message>
        <source>Sign in as reception1, officer, manager or admin with the password %1.</source>
        <translation>سجّل الدخول باسم reception1 أو officer أو manager أو admin بكلمة المرور %1.</translation>
    </message>
    <message>
        <source>The new, empty server database: postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>قاعدة البيانات الجديدة الفارغة على الخادم: postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>give the new server database, postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>حدّد قاعدة البيانات الجديدة على الخادم، postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>%1 is not a server address; write it as postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>%1 ليس عنوان خادم؛ اكتبه بالصيغة postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s: %4 rows in %5 tables; every table&apos;s row count and checksum match.</source>
        <translation>نُسخت %1 إلى %2 في %3 ث: %4 صفًّا في %5 جدولًا؛ عدد الصفوف والمجموع الاختباري متطابقان في كل جدول.</translation>
    </message>
    <message>
        <source>Point every desk at it: istiqbal --database %1</source>
        <translation>وجّه كل مكتب إليها: istiqbal --database %1</translation>
    </message>
    <message>
        <source>The month: YYYY-MM (a year below 1600 is a Hijri month).</source>
        <translation>الشهر: YYYY-MM (السنة الأقل من 1600 تعني شهرًا هجريًا).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>The report&apos;s language: ar (default) or en.</source>
        <translation>لغة التقرير: ar (الافتراضية) أو en.</translation>
    </message>
    <message>
        <source>--month YYYY-MM is required</source>
        <translation>الخيار --month YYYY-MM مطلوب</translation>
    </message>
    <message>
        <source>--language takes ar or en</source>
        <translation>الخيار --language يقبل ar أو en</translation>
    </message>
    <message>
        <source>the report needs the graphics libraries; run it through the istiqbal program</source>
        <translation>يحتاج التقرير إلى مكتبات الرسوم؛ شغّله من خلال برنامج istiqbal</translation>
    </message>
    <message>
        <source>Report for %1 written to %2: %3 pages, %4 cases, in %5 s (figures %6 s).</source>
        <translation>كُتب تقرير %1 في %2: %3 صفحات، %4 حالة، في %5 ث (الأرقام %6 ث).</translation>
    </message>
    <message>
        <source>%1 cases of %2 written to %3.</source>
        <translation>كُتبت %1 حالة من حالات %2 في %3.</translation>
    </message>
    <message>
        <source>A role: receptionist, officer, manager or admin (repeat for several).</source>
        <translation>الدور: receptionist أو officer أو manager أو admin (كرِّره لأكثر من دور).</translation>
    </message>
    <message>
        <source>The name shown in the window (default: the username).</source>
        <translation>الاسم الظاهر في النافذة (الافتراضي: اسم المستخدم).</translation>
    </message>
    <message>
        <source>Add a user.</source>
        <translation>إضافة مستخدم.</translation>
    </message>
    <message>
        <source>The new user&apos;s username.</source>
        <translation>اسم المستخدم الجديد.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; use receptionist, officer, manager or admin</source>
        <translation>الدور «%1» غير معروف؛ استخدم receptionist أو officer أو manager أو admin</translation>
    </message>
    <message>
        <source>give at least one --role</source>
        <translation>حدِّد ‎--role‎ واحدًا على الأقل</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>User %1 (%2) can now sign in as: %3.</source>
        <translation>يمكن للمستخدم %1 (%2) الآن تسجيل الدخول بدور: %3.</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>تعذّرت قراءة %1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>%1 is not a file but a folder, a device or a pipe; give the CSV file saved from the spreadsheet</source>
        <translation>%1 ليس ملفًا بل مجلد أو جهاز أو أنبوب؛ أعطِ ملف CSV المحفوظ من جدول البيانات</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most one import takes; split it into smaller files</source>
        <translation>حجم %1 أكبر من %2 ميغابايت، وهو أقصى ما يقبله الاستيراد الواحد؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is verified: %n entries, each sealed and following the one before.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: %n قيد، كلٌّ منها مختوم ويتلو ما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: قيد واحد مختوم.</numerusform>
            <numerusform>سجل التدقيق سليم: قيدان، كلٌّ منهما مختوم ويتلو ما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيود، كلٌّ منها مختوم ويتلو ما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيدًا، كلٌّ منها مختوم ويتلو ما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيد، كلٌّ منها مختوم ويتلو ما قبله.</numerusform>
        </translation>
    </message>
    <message>
        <source>put a backup (plain or sealed) in the database&apos;s place, checked first; the current file is kept aside</source>
        <translation>يضع نسخة احتياطية (عادية أو مختومة) مكان قاعدة البيانات بعد فحصها؛ ويُحفظ الملف الحالي جانبًا</translation>
    </message>
    <message>
        <source>Passphrase of the sealed backup: </source>
        <translation>عبارة مرور النسخة المختومة: </translation>
    </message>
    <message>
        <source>The backup file to put in the database&apos;s place.</source>
        <translation>ملف النسخة الاحتياطية الذي يوضع مكان قاعدة البيانات.</translation>
    </message>
    <message>
        <source>the backup is sealed and no passphrase was given.</source>
        <translation>النسخة الاحتياطية مختومة ولم تُعطَ عبارة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2 (schema version %3, %n audit entries verified).</source>
        <translation>
            <numerusform>استُرجعت %1 من %2 (إصدار المخطط %3، تُحقّق من %n قيد تدقيق).</numerusform>
            <numerusform>استُرجعت %1 من %2 (إصدار المخطط %3، تُحقّق من قيد تدقيق واحد).</numerusform>
            <numerusform>استُرجعت %1 من %2 (إصدار المخطط %3، تُحقّق من قيدَي تدقيق).</numerusform>
            <numerusform>استُرجعت %1 من %2 (إصدار المخطط %3، تُحقّق من %n قيود تدقيق).</numerusform>
            <numerusform>استُرجعت %1 من %2 (إصدار المخطط %3، تُحقّق من %n قيدًا).</numerusform>
            <numerusform>استُرجعت %1 من %2 (إصدار المخطط %3، تُحقّق من %n قيد تدقيق).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database that was there is kept as %1.</source>
        <translation>حُفظت قاعدة البيانات التي كانت هناك باسم %1.</translation>
    </message>
    <message>
        <source>%1 already exists; demo data goes into a new database only</source>
        <translation>%1 موجود من قبل؛ البيانات التجريبية توضع في قاعدة بيانات جديدة فقط</translation>
    </message>
    <message>
        <source>Who runs the command: a user with the right role. The password is read from the terminal, or as the first line of standard input.</source>
        <translation>من ينفّذ الأمر: مستخدم له الدور المناسب. تُقرأ كلمة المرور من الطرفية، أو من السطر الأول من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>New user&apos;s password: </source>
        <translation>كلمة مرور المستخدم الجديد: </translation>
    </message>
    <message>
        <source>New user&apos;s password again: </source>
        <translation>كلمة مرور المستخدم الجديد مرة أخرى: </translation>
    </message>
    <message>
        <source>this command changes the database: sign in with --user NAME (a user who may do it; the password is then read from standard input)</source>
        <translation>هذا الأمر يغيّر قاعدة البيانات: سجّل الدخول بالخيار --user NAME (مستخدم مسموح له بذلك؛ تُقرأ كلمة المرور حينئذٍ من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>--user: %1</source>
        <translation>الخيار --user: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message>
        <source>add a user (passwords from standard input, the administrator&apos;s first; without --user only the first administrator)</source>
        <translation>إضافة مستخدم (كلمات المرور من الإدخال القياسي، كلمة مدير النظام أولًا؛ ودون --user لا يُضاف إلا أول مدير للنظام)</translation>
    </message>
    <message>
        <source>copy the database into a new, empty server database, verified (--user ADMIN)</source>
        <translation>نسخ قاعدة البيانات إلى قاعدة بيانات جديدة فارغة على الخادم مع التحقق (--user ADMIN)</translation>
    </message>
    <message>
        <source>set up a server database&apos;s roles and its first administrator (as the database&apos;s owner)</source>
        <translation>إعداد أدوار قاعدة البيانات على الخادم وأول مدير للنظام (بحساب مالك قاعدة البيانات)</translation>
    </message>
    <message>
        <source>The first administrator&apos;s username, when the database has none yet (the password is read from the terminal or standard input).</source>
        <translation>اسم مستخدم أول مدير للنظام، إن لم يكن في قاعدة البيانات مدير بعد (تُقرأ كلمة المرور من الطرفية أو من الإدخال القياسي).</translation>
    </message>
    <message>
        <source>The administrator&apos;s name shown in the window.</source>
        <translation>اسم مدير النظام كما يظهر في النافذة.</translation>
    </message>
    <message>
        <source>server-setup is for a server database: give --database postgresql://OWNER@HOST:PORT/DBNAME as the database&apos;s owner</source>
        <translation>الأمر server-setup لقاعدة بيانات على خادم: أعطِ --database postgresql://OWNER@HOST:PORT/DBNAME بحساب مالك قاعدة البيانات</translation>
    </message>
    <message>
        <source>The roles of %1 are set up on the server.</source>
        <translation>أُعدّت أدوار %1 على الخادم.</translation>
    </message>
    <message>
        <source>the database has an administrator already; they add everyone else with istiqbal users add --user NAME</source>
        <translation>لقاعدة البيانات مدير نظام بالفعل؛ وهو يضيف الآخرين بالأمر istiqbal users add --user NAME</translation>
    </message>
    <message>
        <source>nobody can sign in yet: give the first administrator with --admin NAME</source>
        <translation>لا يستطيع أحد تسجيل الدخول بعد: حدّد أول مدير للنظام بالخيار --admin NAME</translation>
    </message>
    <message>
        <source>%1 can now sign in as the administrator with their own login; they add everyone else with istiqbal users add --user %1.</source>
        <translation>يستطيع %1 الآن تسجيل الدخول مديرًا للنظام بحسابه الخاص؛ ويضيف الآخرين بالأمر istiqbal users add --user %1.</translation>
    </message>
    <message>
        <source>usage: istiqbal users add --user ADMIN --role ROLE USERNAME (the passwords are read from standard input, the administrator&apos;s first)</source>
        <translation>الاستخدام: istiqbal users add --user ADMIN --role ROLE USERNAME (تُقرأ كلمات المرور من الإدخال القياسي، كلمة مدير النظام أولًا)</translation>
    </message>
    <message>
        <source>this database has an administrator: sign in as one with --user NAME (the password is then read from standard input, before the new user&apos;s)</source>
        <translation>لقاعدة البيانات هذه مدير نظام: سجّل الدخول بحسابه بالخيار --user NAME (تُقرأ كلمة مروره حينئذٍ من الإدخال القياسي قبل كلمة مرور المستخدم الجديد)</translation>
    </message>
    <message>
        <source>Seal the backup with a passphrase (asked twice at the terminal, or the line after the password on standard input), for a copy that leaves the office.</source>
        <translation>اختم النسخة الاحتياطية بعبارة مرور (تُطلب مرتين في الطرفية، أو هي السطر الذي يلي كلمة المرور في الدخل القياسي)، لنسخة تخرج من المكتب.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed backup written to %1 and opened again with the passphrase: %n audit entries verified. Keep the passphrase apart from the copy; without it the backup cannot be restored.</source>
        <translation>
            <numerusform>كُتبت نسخة احتياطية مختومة في %1 وفُتحت ثانيةً بعبارة المرور: لم يُتحقّق من أي قيد تدقيق. احفظ عبارة المرور بعيدًا عن النسخة؛ فبدونها لا يمكن استرجاعها.</numerusform>
            <numerusform>كُتبت نسخة احتياطية مختومة في %1 وفُتحت ثانيةً بعبارة المرور: تُحقّق من قيد تدقيق واحد. احفظ عبارة المرور بعيدًا عن النسخة؛ فبدونها لا يمكن استرجاعها.</numerusform>
            <numerusform>كُتبت نسخة احتياطية مختومة في %1 وفُتحت ثانيةً بعبارة المرور: تُحقّق من قيدَي تدقيق. احفظ عبارة المرور بعيدًا عن النسخة؛ فبدونها لا يمكن استرجاعها.</numerusform>
            <numerusform>كُتبت نسخة احتياطية مختومة في %1 وفُتحت ثانيةً بعبارة المرور: تُحقّق من %n قيود تدقيق. احفظ عبارة المرور بعيدًا عن النسخة؛ فبدونها لا يمكن استرجاعها.</numerusform>
            <numerusform>كُتبت نسخة احتياطية مختومة في %1 وفُتحت ثانيةً بعبارة المرور: تُحقّق من %n قيدًا. احفظ عبارة المرور بعيدًا عن النسخة؛ فبدونها لا يمكن استرجاعها.</numerusform>
            <numerusform>كُتبت نسخة احتياطية مختومة في %1 وفُتحت ثانيةً بعبارة المرور: تُحقّق من %n قيد تدقيق. احفظ عبارة المرور بعيدًا عن النسخة؛ فبدونها لا يمكن استرجاعها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 and checked: %n audit entries verified.</source>
        <translation>
            <numerusform>كُتبت النسخة الاحتياطية في %1 وفُحصت: لم يُتحقّق من أي قيد تدقيق.</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية في %1 وفُحصت: تُحقّق من قيد تدقيق واحد.</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية في %1 وفُحصت: تُحقّق من قيدَي تدقيق.</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية في %1 وفُحصت: تُحقّق من %n قيود تدقيق.</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية في %1 وفُحصت: تُحقّق من %n قيدًا.</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية في %1 وفُحصت: تُحقّق من %n قيد تدقيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>write a checked backup, sealed with a passphrase with --encrypt (a manager or an administrator)</source>
        <translation>اكتب نسخة احتياطية مفحوصة، مختومة بعبارة مرور مع ‎--encrypt (للمدير أو مدير النظام)</translation>
    </message>
    <message>
        <source>Passphrase to seal the backup with: </source>
        <translation>عبارة المرور لختم النسخة الاحتياطية: </translation>
    </message>
    <message numerus="yes">
        <source>the passphrase must have at least %n characters; nothing was written</source>
        <translation>
            <numerusform>يجب ألا تقل عبارة المرور عن %n حرف؛ لم يُكتب شيء</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن حرف واحد؛ لم يُكتب شيء</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن حرفين؛ لم يُكتب شيء</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن %n أحرف؛ لم يُكتب شيء</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن %n حرفًا؛ لم يُكتب شيء</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن %n حرف؛ لم يُكتب شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>عبارة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was written</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>usage: istiqbal restore --user ADMIN BACKUP [--database PATH]</source>
        <translation>الاستخدام: istiqbal restore --user ADMIN BACKUP [--database PATH]</translation>
    </message>
    <message>
        <source>create one with: istiqbal users add --role admin USERNAME --database %1</source>
        <translation>أنشئ واحدة بالأمر: istiqbal users add --role admin USERNAME --database %1</translation>
    </message>
    <message>
        <source>no database at %1; check the path, or %2</source>
        <translation>لا توجد قاعدة بيانات في %1؛ تحقق من المسار، أو %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not a database; restore a backup, or %2</source>
        <translation>%1 فارغ (0 بايت) وليس قاعدة بيانات؛ استرجع نسخة احتياطية، أو %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not intact: %n problem(s), listed above.</source>
        <translation>
            <numerusform>%1 ليست سليمة.</numerusform>
            <numerusform>%1 ليست سليمة: مشكلة واحدة، مذكورة أعلاه.</numerusform>
            <numerusform>%1 ليست سليمة: مشكلتان، مذكورتان أعلاه.</numerusform>
            <numerusform>%1 ليست سليمة: %n مشكلات، مذكورة أعلاه.</numerusform>
            <numerusform>%1 ليست سليمة: %n مشكلة، مذكورة أعلاه.</numerusform>
            <numerusform>%1 ليست سليمة: %n مشكلة، مذكورة أعلاه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to %1 with PostgreSQL&apos;s pg_dump (schema version %2) and read back whole with pg_restore. Restore it with istiqbal restore as the database&apos;s owner.</source>
        <translation>كُتبت النسخة الاحتياطية في %1 بالبرنامج pg_dump من PostgreSQL (إصدار المخطط %2) وقُرئت كاملة بالبرنامج pg_restore. استعدها بالأمر istiqbal restore بحساب مالك قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2 with PostgreSQL&apos;s pg_restore (schema version %3, %n audit entries verified).</source>
        <translation>
            <numerusform>استُرجعت %1 من %2 بالبرنامج pg_restore من PostgreSQL (إصدار المخطط %3، تُحقّق من %n قيد تدقيق).</numerusform>
            <numerusform>استُرجعت %1 من %2 بالبرنامج pg_restore من PostgreSQL (إصدار المخطط %3، تُحقّق من قيد تدقيق واحد).</numerusform>
            <numerusform>استُرجعت %1 من %2 بالبرنامج pg_restore من PostgreSQL (إصدار المخطط %3، تُحقّق من قيدَي تدقيق).</numerusform>
            <numerusform>استُرجعت %1 من %2 بالبرنامج pg_restore من PostgreSQL (إصدار المخطط %3، تُحقّق من %n قيود تدقيق).</numerusform>
            <numerusform>استُرجعت %1 من %2 بالبرنامج pg_restore من PostgreSQL (إصدار المخطط %3، تُحقّق من %n قيدًا).</numerusform>
            <numerusform>استُرجعت %1 من %2 بالبرنامج pg_restore من PostgreSQL (إصدار المخطط %3، تُحقّق من %n قيد تدقيق).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>قاعدة البيانات كما كانت محفوظة باسم %1.</translation>
    </message>
    <message>
        <source>write the month&apos;s cases as CSV for spreadsheets (signed in, recorded)</source>
        <translation>كتابة حالات الشهر في ملف CSV لجداول البيانات (بعد تسجيل الدخول، ويُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>the retention period: who is past it, setting it, anonymising them</source>
        <translation>مدة الاحتفاظ: من تجاوزها، وتحديدها، وإخفاء هوية من تجاوزها</translation>
    </message>
    <message>
        <source>give --reason TEXT: why this person&apos;s data is destroyed (kept in the audit trail, so without their name or numbers)</source>
        <translation>أعطِ ‎--reason TEXT: سبب إتلاف بيانات هذا الشخص (يُحفظ في سجل التدقيق، فلا يذكر اسمه ولا أرقامه)</translation>
    </message>
    <message>
        <source>Record #%1 is anonymised; its cases stay in the figures. Removed:</source>
        <translation>أُخفيت هوية السجل رقم %1؛ تبقى حالاته في الأرقام. أُزيل:</translation>
    </message>
    <message>
        <source>anonymise: why the data is destroyed (for example the number of the person&apos;s request); kept in the audit trail, so it may not hold their name or numbers.</source>
        <translation>anonymise: سبب إتلاف البيانات (مثلاً رقم طلب الشخص)؛ يُحفظ في سجل التدقيق، فلا يجوز أن يحوي اسمه أو أرقامه.</translation>
    </message>
    <message>
        <source>The person&apos;s ID number, file number (1448-000123) or # and record number (#42).</source>
        <translation>رقم هوية الشخص، أو رقم ملفه (1448-000123)، أو # ثم رقم سجله (‎#42).</translation>
    </message>
    <message>
        <source>usage: istiqbal retention list|set YEARS|apply --user MANAGER [--yes] (the password is read from standard input)</source>
        <translation>الاستخدام: istiqbal retention list|set YEARS|apply --user MANAGER [--yes] (تُقرأ كلمة المرور من الدخل القياسي)</translation>
    </message>
    <message>
        <source>No retention period is set (istiqbal retention set YEARS): nobody&apos;s data is past it.</source>
        <translation>لم تُحدَّد مدة احتفاظ (istiqbal retention set YEARS): لم تتجاوزها بيانات أحد.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after a person&apos;s last closed case.</source>
        <translation>
            <numerusform>مدة الاحتفاظ: لا سنوات بعد آخر حالة مغلقة للشخص.</numerusform>
            <numerusform>مدة الاحتفاظ: سنة واحدة بعد آخر حالة مغلقة للشخص.</numerusform>
            <numerusform>مدة الاحتفاظ: سنتان بعد آخر حالة مغلقة للشخص.</numerusform>
            <numerusform>مدة الاحتفاظ: %n سنوات بعد آخر حالة مغلقة للشخص.</numerusform>
            <numerusform>مدة الاحتفاظ: %n سنة بعد آخر حالة مغلقة للشخص.</numerusform>
            <numerusform>مدة الاحتفاظ: %n سنة بعد آخر حالة مغلقة للشخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past it:</source>
        <translation>
            <numerusform>لم يتجاوزها أحد:</numerusform>
            <numerusform>تجاوزها شخص واحد:</numerusform>
            <numerusform>تجاوزها شخصان:</numerusform>
            <numerusform>تجاوزها %n أشخاص:</numerusform>
            <numerusform>تجاوزها %n شخصاً:</numerusform>
            <numerusform>تجاوزها %n شخص:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to remove</source>
        <translation>
            <numerusform>لا قيم للإزالة</numerusform>
            <numerusform>قيمة واحدة للإزالة</numerusform>
            <numerusform>قيمتان للإزالة</numerusform>
            <numerusform>%n قيم للإزالة</numerusform>
            <numerusform>%n قيمة للإزالة</numerusform>
            <numerusform>%n قيمة للإزالة</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymised %1 of %2</source>
        <translation>أُخفيت هوية %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past the retention period anonymised.</source>
        <translation>
            <numerusform>لم تُخفَ هوية أحد ممن تجاوزوا مدة الاحتفاظ.</numerusform>
            <numerusform>أُخفيت هوية شخص واحد تجاوز مدة الاحتفاظ.</numerusform>
            <numerusform>أُخفيت هوية شخصين تجاوزا مدة الاحتفاظ.</numerusform>
            <numerusform>أُخفيت هوية %n أشخاص تجاوزوا مدة الاحتفاظ.</numerusform>
            <numerusform>أُخفيت هوية %n شخصاً تجاوزوا مدة الاحتفاظ.</numerusform>
            <numerusform>أُخفيت هوية %n شخص تجاوزوا مدة الاحتفاظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>apply: anonymise everyone past the period without asking (it cannot be undone).</source>
        <translation>apply: إخفاء هوية كل من تجاوز المدة دون سؤال (لا يمكن التراجع عنه).</translation>
    </message>
    <message>
        <source>list: the people past the retention period, with how many of their values anonymising them would remove. set YEARS: the period, in years after a person&apos;s last closed case (0: none). apply: anonymise everyone past it, one person at a time. All three for a manager.</source>
        <translation>list: الأشخاص الذين تجاوزوا مدة الاحتفاظ، مع عدد قيمهم التي يزيلها إخفاء هويتهم. set YEARS: المدة بالسنوات بعد آخر حالة مغلقة للشخص (0: بلا مدة). apply: إخفاء هوية كل من تجاوزها، شخصاً بعد شخص. الثلاثة للمدير.</translation>
    </message>
    <message>
        <source>set takes a number of years, such as 5</source>
        <translation>يأخذ set عدد سنوات، مثل 5</translation>
    </message>
    <message>
        <source>apply destroys the data of everyone past the retention period for good: look at &apos;istiqbal retention list&apos; first, then give --yes</source>
        <translation>يُتلف apply بيانات كل من تجاوز مدة الاحتفاظ نهائياً: راجع &apos;istiqbal retention list&apos; أولاً، ثم أعطِ ‎--yes</translation>
    </message>
    <message>
        <source>No retention period is set now.</source>
        <translation>لا توجد مدة احتفاظ محددة الآن.</translation>
    </message>
    <message>
        <source>destroy a person&apos;s identifying data for good, keeping their cases as figures, or write the copy of their data (PDF or JSON)</source>
        <translation>إتلاف بيانات الشخص المعرِّفة نهائيًا مع بقاء حالاته في الأرقام، أو كتابة نسخة من بياناته (PDF أو JSON)</translation>
    </message>
    <message>
        <source>usage: istiqbal person anonymise ID --reason TEXT --user MANAGER, or istiqbal person copy ID --output FILE.pdf|FILE.json --user NAME (ID: the person&apos;s ID number, their file number such as 1448-000123, or # and their record number; the password is read from standard input)</source>
        <translation>الاستخدام: istiqbal person anonymise ID --reason TEXT --user MANAGER، أو istiqbal person copy ID --output FILE.pdf|FILE.json --user NAME (ID: رقم هوية الشخص، أو رقم ملفه مثل 1448-000123، أو # ثم رقم سجله؛ وتُقرأ كلمة المرور من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>give --output FILE.pdf or FILE.json</source>
        <translation>حدّد --output FILE.pdf أو FILE.json</translation>
    </message>
    <message>
        <source>the PDF copy needs the graphics libraries; run it through the istiqbal program</source>
        <translation>نسخة PDF تحتاج إلى مكتبات الرسوم؛ شغّلها عبر برنامج istiqbal</translation>
    </message>
    <message>
        <source>The copy of record #%1&apos;s data is written to %2.</source>
        <translation>كُتبت نسخة بيانات السجل رقم %1 في %2.</translation>
    </message>
    <message>
        <source>copy: the file to write, .pdf or .json.</source>
        <translation>copy: الملف المراد كتابته، .pdf أو .json.</translation>
    </message>
    <message>
        <source>copy: the PDF&apos;s language, ar (default) or en.</source>
        <translation>copy: لغة ملف PDF، ar (الافتراضية) أو en.</translation>
    </message>
    <message>
        <source>anonymise: destroy the person&apos;s identifying data for good (a manager): names, ID number, phone, birth date (the year is kept), district, free text written about them and the search keys; their cases stay as figures. copy: write the copy of everything held about the person, for them (PDF) or for a machine (JSON), recorded against them (a manager or an administrator).</source>
        <translation>anonymise: إتلاف بيانات الشخص المعرِّفة نهائيًا (للمدير): الأسماء ورقم الهوية والجوال وتاريخ الميلاد (تبقى السنة) والحي وما كُتب عنه من نصوص ومفاتيح البحث؛ وتبقى حالاته في الأرقام. copy: كتابة نسخة من كل ما يُحفظ عن الشخص، له (PDF) أو للآلة (JSON)، وتُسجَّل باسمه (للمدير أو مسؤول النظام).</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised since the backup was made were anonymised again in it.</source>
        <translation>
            <numerusform>لم يكن فيها أحد أُخفيت هويته بعد أخذ النسخة الاحتياطية.</numerusform>
            <numerusform>أُخفيت فيها من جديد هوية شخص واحد أُخفيت هويته بعد أخذ النسخة الاحتياطية.</numerusform>
            <numerusform>أُخفيت فيها من جديد هوية شخصين أُخفيت هويتهما بعد أخذ النسخة الاحتياطية.</numerusform>
            <numerusform>أُخفيت فيها من جديد هوية %n أشخاص أُخفيت هويتهم بعد أخذ النسخة الاحتياطية.</numerusform>
            <numerusform>أُخفيت فيها من جديد هوية %n شخصاً أُخفيت هويتهم بعد أخذ النسخة الاحتياطية.</numerusform>
            <numerusform>أُخفيت فيها من جديد هوية %n شخص أُخفيت هويتهم بعد أخذ النسخة الاحتياطية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day: YYYY-MM-DD (a year below 1600 is a Hijri date).</source>
        <translation>أول يوم: YYYY-MM-DD (السنة دون 1600 تاريخ هجري).</translation>
    </message>
    <message>
        <source>The last day, included.</source>
        <translation>آخر يوم، وهو داخل في المدة.</translation>
    </message>
    <message>
        <source>The file to write, .pdf or .csv.</source>
        <translation>الملف المراد كتابته: .pdf أو .csv.</translation>
    </message>
    <message>
        <source>--from and --to YYYY-MM-DD are required</source>
        <translation>يلزم ذكر --from و--to بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>يوم --to قبل يوم --from</translation>
    </message>
    <message>
        <source>the PDF report needs the graphics libraries; run it through the istiqbal program</source>
        <translation>يحتاج التقرير بصيغة PDF إلى مكتبات الرسوم؛ شغّله من برنامج istiqbal</translation>
    </message>
    <message>
        <source>Breach report from %1 to %2: %3 entries written to %4.</source>
        <translation>تقرير حادثة التسرّب من %1 إلى %2: كُتب %3 قيداً في %4.</translation>
    </message>
    <message>
        <source>whose personal data was seen or changed in a range of days, by whom, as PDF or CSV (--user NAME: signed in, recorded)</source>
        <translation>من اطُّلع على بياناته الشخصية أو غُيّرت في مدة من الأيام، ومن فعل ذلك، بصيغة PDF أو CSV (--user NAME: بتسجيل الدخول، ويُسجَّل التقرير)</translation>
    </message>
    <message>
        <source>Line %1 imported, to check: %2</source>
        <translation>السطر %1 استُورد، وللتحقّق: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The connection to the database server was lost; retrying…</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات؛ تجري إعادة المحاولة…</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;أعد المحاولة الآن</translation>
    </message>
    <message>
        <source>Try to reach the database server at once instead of waiting</source>
        <translation>محاولة الوصول إلى خادم قاعدة البيانات فوراً بدلاً من الانتظار</translation>
    </message>
    <message>
        <source>The page you are working on is kept as you typed it and is saved when the server is back. Nothing was half-saved.</source>
        <translation>الصفحة التي تعمل عليها محفوظة كما كتبتها، وتُحفظ عند عودة الخادم. لم يُحفظ شيء ناقصاً.</translation>
    </message>
    <message>
        <source>Attempts so far: %1.</source>
        <translation>عدد المحاولات حتى الآن: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Choose a database file or a server first.</source>
        <translation>اختر ملف قاعدة بيانات أو خادماً أولاً.</translation>
    </message>
    <message>
        <source>The database is empty: Istiqbal creates its tables when it opens it.</source>
        <translation>قاعدة البيانات فارغة: ينشئ استقبال جداوله عندما يفتحها.</translation>
    </message>
    <message>
        <source>It is an Istiqbal database of an older version; it is brought up to date when Istiqbal opens it.</source>
        <translation>هي قاعدة بيانات لاستقبال من إصدار أقدم؛ تُحدَّث عندما يفتحها استقبال.</translation>
    </message>
    <message>
        <source>It is an Istiqbal database, up to date.</source>
        <translation>هي قاعدة بيانات لاستقبال، محدَّثة.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Istiqbal may not write in the folder %1.</source>
        <translation>لا يُسمح لاستقبال بالكتابة في المجلد %1.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet: Istiqbal creates it there when it starts.</source>
        <translation>لا توجد قاعدة بيانات في %1 بعد: ينشئها استقبال هناك عند بدء تشغيله.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it, or a new file name.</source>
        <translation>%1 مجلد؛ اختر ملفاً داخله، أو اسم ملف جديد.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The file %1 opens.</source>
        <translation>يُفتح الملف %1.</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>(رسالة الخادم: %1)</translation>
    </message>
    <message>
        <source>Connected to the database %1 on %2.</source>
        <translation>تم الاتصال بقاعدة البيانات %1 على %2.</translation>
    </message>
    <message>
        <source>No database server answers at %1, port %2: check the server&apos;s name and port, and that PostgreSQL is running there.</source>
        <translation>لا يجيب أي خادم قواعد بيانات على %1، المنفذ %2: تحقق من اسم الخادم ومنفذه، ومن أن PostgreSQL يعمل عليه.</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network: check its spelling, or use its IP address.</source>
        <translation>اسم الخادم %1 غير معروف في هذه الشبكة: تحقق من كتابته، أو استخدم عنوان IP الخاص به.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time: check the network between this computer and the server.</source>
        <translation>لم يجب الخادم %1 في الوقت المحدد: تحقق من الشبكة بين هذا الحاسوب والخادم.</translation>
    </message>
    <message>
        <source>The server refused the user %1 with this password: check both.</source>
        <translation>رفض الخادم المستخدم %1 بكلمة المرور هذه: تحقق من كليهما.</translation>
    </message>
    <message>
        <source>The server asks for a password for the user %1: type it, or keep it in the file .pgpass of this computer&apos;s account.</source>
        <translation>يطلب الخادم كلمة مرور للمستخدم %1: اكتبها، أو احفظها في الملف ‎~/.pgpass‎ لحساب هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server does not let this computer or the user %1 in: its administrator adds them in pg_hba.conf.</source>
        <translation>لا يسمح الخادم بدخول هذا الحاسوب أو المستخدم %1: يضيفهما مسؤول الخادم في pg_hba.conf.</translation>
    </message>
    <message>
        <source>The server has no database named %1: create it first (see the README&apos;s shared-server section).</source>
        <translation>لا توجد على الخادم قاعدة بيانات باسم %1: أنشئها أولاً (انظر قسم الخادم المشترك في ملف README).</translation>
    </message>
    <message>
        <source>The server has no user named %1.</source>
        <translation>لا يوجد على الخادم مستخدم باسم %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection — Istiqbal</source>
        <translation>الاتصال بقاعدة البيانات — استقبال</translation>
    </message>
    <message>
        <source>Where this desk keeps its data: a file on this computer for a single desk, or a PostgreSQL server that several desks share.</source>
        <translation>أين يحفظ هذا المكتب بياناته: ملف على هذا الحاسوب لمكتب واحد، أو خادم PostgreSQL تشترك فيه عدة مكاتب.</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer (one desk)</source>
        <translation>&amp;ملف قاعدة بيانات على هذا الحاسوب (مكتب واحد)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by several desks</source>
        <translation>&amp;خادم PostgreSQL تشترك فيه عدة مكاتب</translation>
    </message>
    <message>
        <source>Server &amp;name or address:</source>
        <translation>اسم الخادم &amp;أو عنوانه:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;المنفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Istiqbal never saves the password: what you type here serves this session only. For the desk to connect by itself when it starts, keep the password in the .pgpass file of this computer&apos;s account, or in PGPASSWORD.</source>
        <translation>لا يحفظ استقبال كلمة المرور أبداً: ما تكتبه هنا يصلح لهذه الجلسة فقط. ليتصل المكتب بنفسه عند بدء التشغيل، احفظ كلمة المرور في الملف ‎~/.pgpass‎ لحساب هذا الحاسوب، أو في PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;اختبار الاتصال</translation>
    </message>
    <message>
        <source>Open the database now, without changing anything, and say what was found</source>
        <translation>فتح قاعدة البيانات الآن دون تغيير أي شيء، وبيان ما وُجد</translation>
    </message>
    <message>
        <source>Saving tests the connection first, remembers the choice for this computer, and opens that database for signing in.</source>
        <translation>الحفظ يختبر الاتصال أولاً، ويتذكر الاختيار لهذا الحاسوب، ويفتح قاعدة البيانات تلك لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation>&amp;حفظ وفتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Istiqbal databases (*.sqlite *.db)</source>
        <translation>قواعد بيانات استقبال (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ConnectionOpener</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 مجلد وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: this user cannot change the file or its folder. It can still be checked, searched, reported on and backed up; to work in it, ask for write access or copy it to a folder you can write to. The file was not changed.</source>
        <translation>قاعدة البيانات %1 للقراءة فقط: لا يستطيع هذا المستخدم تغيير الملف أو مجلده. ما زال ممكنًا فحصها والبحث فيها وإعداد التقارير منها ونسخها احتياطيًا؛ وللعمل فيها اطلب صلاحية الكتابة أو انسخها إلى مجلد تستطيع الكتابة فيه. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>لا توجد قاعدة بيانات في %1.</translation>
    </message>
    <message>
        <source>Cannot create the database: the folder %1 does not exist.</source>
        <translation>تعذّر إنشاء قاعدة البيانات: المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create the database: the folder %1 is read-only.</source>
        <translation>تعذر إنشاء قاعدة البيانات: المجلد %1 للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>تعذّر فتح ملف قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a database, perhaps what is left of a copy that failed. Choose another file or restore a backup. The file was not changed.</source>
        <translation>%1 فارغ (0 بايت): ليس قاعدة بيانات، وربما هو ما تبقى من نسخ لم يكتمل. اختر ملفًا آخر أو استرجع نسخة احتياطية. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>%1 is not an Istiqbal database: it is not a database file at all, or it is damaged. The file was not changed.</source>
        <translation>الملف %1 ليس قاعدة بيانات لبرنامج استقبال: إما أنه ليس ملف قاعدة بيانات أصلًا وإما أنه تالف. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database; it cannot be opened. The file was not changed.</source>
        <translation>الملف %1 تالف أو ليس قاعدة بيانات، ولا يمكن فتحه. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1. The file was not changed.</source>
        <translation>تعذرت قراءة ملف قاعدة البيانات %1. لم يتغير الملف.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>تعذّرت قراءة إصدار بنية قاعدة البيانات في %1.</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Istiqbal (schema %2); this version understands up to %3. Install the newer version to open it; the file was not changed.</source>
        <translation>أُنشئ الملف %1 بإصدار أحدث من برنامج استقبال (البنية %2)، وهذا الإصدار يدعم حتى البنية %3. ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Istiqbal database. The file was not changed.</source>
        <translation>الملف %1 قاعدة بيانات لبرنامج آخر وليس قاعدة بيانات لبرنامج استقبال. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>تعذّر الاتصال بـ %1: مشغّل PostgreSQL الخاص بـ Qt غير مثبّت (حزمة ديبيان libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at %1: %2</source>
        <translation>تعذّر الاتصال بخادم قاعدة البيانات في %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>تعذّرت قراءة قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Istiqbal (schema %2); this version understands up to %3. Install the newer version to open it; the database was not changed.</source>
        <translation>أُنشئت قاعدة البيانات %1 بإصدار أحدث من برنامج استقبال (البنية %2)، وهذا الإصدار يدعم حتى البنية %3. ثبّت الإصدار الأحدث لفتحها؛ لم تُغيَّر قاعدة البيانات.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an Istiqbal database. The database was not changed.</source>
        <translation>تحوي %1 جداول برنامج آخر وليست قاعدة بيانات لبرنامج استقبال. لم تُغيَّر قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot prepare the database connection.</source>
        <translation>تعذّر تجهيز الاتصال بقاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted value is never closed (a &quot; is missing).</source>
        <translation>السطر %1: قيمة بين علامتي تنصيص لم تُغلق (علامة &quot; ناقصة).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it ends inside a character. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>الملف ليس نصًا بترميز UTF-8: ينتهي في منتصف حرف. احفظه من جدول البيانات بصيغة «CSV UTF-8» ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most one import takes; split it into smaller files.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت، وهو أقصى ما يقبله الاستيراد الواحد؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KB, the most a line may have.</source>
        <translation>السطر %1 أطول من %2 كيلوبايت، وهو أقصى طول للسطر.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (near line %1). Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (قرب السطر %1). احفظه من جدول البيانات بصيغة «CSV UTF-8» ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 values.</source>
        <translation>في السطر %1 أكثر من %2 قيمة.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the value is longer than %3 characters, the most a value may have.</source>
        <translation>السطر %1، العمود %2: القيمة أطول من %3 حرف، وهو أقصى طول للقيمة.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the most one import takes; split it into smaller files.</source>
        <translation>في الملف أكثر من %1 صف، وهو أقصى ما يقبله الاستيراد الواحد؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>فشلت النسخة الاحتياطية التلقائية لليوم: %1</translation>
    </message>
</context>
<context>
    <name>DataRequestCloseDialog</name>
    <message>
        <source>Close the data request</source>
        <translation>إغلاق الطلب</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>الشخص:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>الطلب:</translation>
    </message>
    <message>
        <source>Answer due by:</source>
        <translation>موعد الرد:</translation>
    </message>
    <message>
        <source>What was done? The &amp;outcome is kept with your name and the time:</source>
        <translation>&amp;ما الذي تم؟ تُحفظ النتيجة مع اسمك والوقت:</translation>
    </message>
    <message>
        <source>e.g. The copy was handed to her at the desk</source>
        <translation>مثال: سُلّمت لها النسخة في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Close the request</source>
        <translation>&amp;إغلاق الطلب</translation>
    </message>
</context>
<context>
    <name>DataRequestDesk</name>
    <message>
        <source>Choose the person the request is from.</source>
        <translation>اختر صاحب الطلب.</translation>
    </message>
    <message>
        <source>This person&apos;s data was destroyed on %1: there is nothing left to copy, correct, restrict or destroy.</source>
        <translation>أُتلفت بيانات هذا الشخص في %1: لم يبقَ منها ما يُنسخ أو يُصحَّح أو يُقيَّد أو يُتلف.</translation>
    </message>
    <message>
        <source>Choose what the person asks for.</source>
        <translation>اختر ما يطلبه الشخص.</translation>
    </message>
    <message>
        <source>Choose how the request was received.</source>
        <translation>اختر كيف وصل الطلب.</translation>
    </message>
    <message>
        <source>Enter the day the request was received.</source>
        <translation>أدخل يوم وصول الطلب.</translation>
    </message>
    <message>
        <source>The request cannot have been received after today (%1); check the date %2.</source>
        <translation>لا يمكن أن يكون الطلب قد وصل بعد اليوم (%1)؛ راجع التاريخ %2.</translation>
    </message>
    <message>
        <source>The date %1 is more than a year ago; check the day the request was received.</source>
        <translation>التاريخ %1 مضى عليه أكثر من سنة؛ راجع يوم وصول الطلب.</translation>
    </message>
    <message>
        <source>The details are too long: at most %1 characters are allowed; these have %2.</source>
        <translation>التفاصيل أطول من اللازم: الحد الأقصى %1 حرفًا، وفيها %2.</translation>
    </message>
    <message>
        <source>Write what was done about the request before closing it.</source>
        <translation>اكتب ما تم بشأن الطلب قبل إغلاقه.</translation>
    </message>
    <message>
        <source>What was done is too long: at most %1 characters are allowed; this has %2.</source>
        <translation>وصف ما تم أطول من اللازم: الحد الأقصى %1 حرفًا، وفيه %2.</translation>
    </message>
</context>
<context>
    <name>DataRequestDialog</name>
    <message>
        <source>Record a data request</source>
        <translation>تسجيل طلب بشأن البيانات</translation>
    </message>
    <message>
        <source>Whose request is it? Find the person by name, ID number or phone:</source>
        <translation>لمن الطلب؟ ابحث عن الشخص بالاسم أو رقم الهوية أو الجوال:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>الشخص:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;الطلب:</translation>
    </message>
    <message>
        <source>Re&amp;ceived by:</source>
        <translation>&amp;طريقة الوصول:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;تاريخ الوصول:</translation>
    </message>
    <message>
        <source>Answer due by:</source>
        <translation>موعد الرد:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;التفاصيل:</translation>
    </message>
    <message>
        <source>e.g. Asks to correct the district in her file</source>
        <translation>مثال: تطلب تصحيح الحي في ملفها</translation>
    </message>
    <message>
        <source>The request cannot have been received after today.</source>
        <translation>لا يمكن أن يكون الطلب قد وصل بعد اليوم.</translation>
    </message>
    <message>
        <source>No one chosen yet</source>
        <translation>لم يُختر أحد بعد</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>Record number %1</source>
        <translation>السجل رقم %1</translation>
    </message>
</context>
<context>
    <name>DataRequestKinds</name>
    <message>
        <source>A copy of their data</source>
        <translation>نسخة من بياناته</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>تقييد المعالجة</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>سحب الموافقة</translation>
    </message>
</context>
<context>
    <name>DataRequestModel</name>
    <message>
        <source>Closed on %1</source>
        <translation>أُغلق في %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>متأخر اليوم</numerusform>
            <numerusform>متأخر يومًا واحدًا</numerusform>
            <numerusform>متأخر يومين</numerusform>
            <numerusform>متأخر %Ln أيام</numerusform>
            <numerusform>متأخر %Ln يومًا</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>موعده اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Open, due in %Ln day(s)</source>
        <translation>
            <numerusform>مفتوح، موعده اليوم</numerusform>
            <numerusform>مفتوح، موعده بعد يوم واحد</numerusform>
            <numerusform>مفتوح، موعده بعد يومين</numerusform>
            <numerusform>مفتوح، موعده بعد %Ln أيام</numerusform>
            <numerusform>مفتوح، موعده بعد %Ln يومًا</numerusform>
            <numerusform>مفتوح، موعده بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>طريقة الوصول</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الوصول</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DataRequestRepository</name>
    <message>
        <source>Could not read the data requests.</source>
        <translation>تعذّرت قراءة الطلبات بشأن البيانات.</translation>
    </message>
    <message>
        <source>Could not save the data request.</source>
        <translation>تعذّر حفظ الطلب.</translation>
    </message>
    <message>
        <source>There is no data request number %1.</source>
        <translation>لا يوجد طلب برقم %1.</translation>
    </message>
    <message>
        <source>Could not close the data request.</source>
        <translation>تعذّر إغلاق الطلب.</translation>
    </message>
    <message>
        <source>This request was already closed on %1; open the list again to see how.</source>
        <translation>أُغلق هذا الطلب من قبل في %1؛ افتح القائمة من جديد لترى كيف.</translation>
    </message>
    <message>
        <source>Someone else changed this request since you opened it; open the list again and close it from there.</source>
        <translation>غيّر شخص آخر هذا الطلب بعد أن فتحته؛ افتح القائمة من جديد وأغلقه منها.</translation>
    </message>
</context>
<context>
    <name>DataRequestsPage</name>
    <message>
        <source>People&apos;s requests about their data</source>
        <translation>طلبات الأشخاص بشأن بياناتهم</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;طلب جديد…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;إغلاق…</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>كل الطلبات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) shown; %1 overdue, in red. Today is %2.</source>
        <translation>
            <numerusform>لا طلبات معروضة؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>طلب واحد معروض؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>طلبان معروضان؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>%Ln طلبات معروضة؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>%Ln طلبًا معروضًا؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>%Ln طلب معروض؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1, to be answered by %2.</source>
        <translation>سُجّل: %1، ويُرد عليه قبل %2.</translation>
    </message>
    <message>
        <source>Choose an open request from the list.</source>
        <translation>اختر طلبًا مفتوحًا من القائمة.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>أُغلق: %1.</translation>
    </message>
    <message>
        <source>Only this &amp;person&apos;s</source>
        <translation>طلبات &amp;هذا الشخص فقط</translation>
    </message>
    <message>
        <source>Show only the requests of the person on the chosen line</source>
        <translation>اعرض طلبات الشخص الذي في السطر المختار فقط</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s</source>
        <translation>طلبات &amp;الجميع</translation>
    </message>
    <message>
        <source>Show everyone&apos;s requests again</source>
        <translation>اعرض طلبات الجميع مرة أخرى</translation>
    </message>
    <message>
        <source>A copy, a correction, destruction, a restriction or the withdrawal of consent: each is answered within %1 days of its receipt and closed with what was done.</source>
        <translation>نسخة، أو تصحيح، أو إتلاف، أو تقييد، أو سحب للموافقة: يُرد على كل طلب خلال %1 يومًا من وصوله ويُغلق بما تم بشأنه.</translation>
    </message>
    <message>
        <source>record number %1</source>
        <translation>السجل رقم %1</translation>
    </message>
    <message>
        <source>Only the requests of %1</source>
        <translation>طلبات %1 فقط</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>لم يُحدَّد ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>%1 is not a valid server address; write it as %2.</source>
        <translation>%1 ليس عنوان خادم صحيحًا؛ اكتبه بالصيغة %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no server; write it as %2.</source>
        <translation>عنوان الخادم %1 لا يذكر اسم الخادم؛ اكتبه بالصيغة %2.</translation>
    </message>
    <message>
        <source>The server address %1 names no database; write it as %2.</source>
        <translation>عنوان الخادم %1 لا يذكر اسم قاعدة البيانات؛ اكتبه بالصيغة %2.</translation>
    </message>
    <message>
        <source>The server address has an unknown setting &apos;%1&apos;.</source>
        <translation>في عنوان الخادم إعداد غير معروف &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>A database on a server is backed up with PostgreSQL&apos;s pg_dump; see the README.</source>
        <translation>قاعدة البيانات على الخادم تُنسخ احتياطيًا بأداة pg_dump من PostgreSQL؛ انظر ملف README.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم حرفين على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup did not pass its check after writing, so it was not kept: %1</source>
        <translation>لم تجتز النسخة الاحتياطية الفحص بعد كتابتها، فلم تُحفظ: %1</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2); nothing was written.</source>
        <translation>لا يمكن الكتابة في %1 (%2)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The copy did not pass its check, so no backup was written: %1</source>
        <translation>لم تجتز النسخة الفحص، فلم تُكتب نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>The copy could not be read back (%1); nothing was written.</source>
        <translation>تعذّرت قراءة النسخة ثانيةً (%1)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The sealed backup could not be read back (%1); it was not kept.</source>
        <translation>تعذّرت قراءة النسخة المختومة ثانيةً (%1)؛ لم تُحفظ.</translation>
    </message>
    <message>
        <source>The sealed backup could not be opened again (%1); it was not kept.</source>
        <translation>تعذّر فتح النسخة المختومة ثانيةً (%1)؛ لم تُحفظ.</translation>
    </message>
    <message>
        <source>The sealed backup, opened again, differs from the database copy; it was not kept.</source>
        <translation>النسخة المختومة بعد فتحها ثانيةً تختلف عن نسخة قاعدة البيانات؛ لم تُحفظ.</translation>
    </message>
    <message>
        <source>A backup cannot be made while changes are being saved.</source>
        <translation>لا يمكن أخذ نسخة احتياطية أثناء حفظ التغييرات.</translation>
    </message>
    <message>
        <source>A database on a server is backed up on the server, with pg_dump; see the README.</source>
        <translation>قاعدة البيانات التي على خادم تُنسخ احتياطيًا على الخادم نفسه بالأداة pg_dump؛ راجع ملف README.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>تعذّر أخذ النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>index</source>
        <translation>فهرس</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>مشغّل</translation>
    </message>
    <message>
        <source>function</source>
        <translation>دالة</translation>
    </message>
    <message>
        <source>The check could not count the records.</source>
        <translation>تعذر على الفحص عدّ السجلات.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file is only %n byte(s) long: it was cut off and is not a whole database.</source>
        <translation>
            <numerusform>الملف فارغ: قُطع وليس قاعدة بيانات كاملة.</numerusform>
            <numerusform>طول الملف بايت واحد فقط: قُطع وليس قاعدة بيانات كاملة.</numerusform>
            <numerusform>طول الملف بايتان فقط: قُطع وليس قاعدة بيانات كاملة.</numerusform>
            <numerusform>طول الملف %n بايتات فقط: قُطع وليس قاعدة بيانات كاملة.</numerusform>
            <numerusform>طول الملف %n بايتًا فقط: قُطع وليس قاعدة بيانات كاملة.</numerusform>
            <numerusform>طول الملف %n بايت فقط: قُطع وليس قاعدة بيانات كاملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is shorter than the database it holds (%1 of %2 bytes): it was cut off while being written.</source>
        <translation>الملف أقصر من قاعدة البيانات التي يحملها (%1 من %2 بايت): قُطع أثناء كتابته.</translation>
    </message>
    <message>
        <source>The database has schema version %1; this version of Istiqbal expects %2. Open it once with write access to upgrade it.</source>
        <translation>إصدار مخطط قاعدة البيانات %1، وهذا الإصدار من استقبال يتوقع %2. افتحها مرة بصلاحية الكتابة لترقيتها.</translation>
    </message>
    <message>
        <source>The check could not list the database&apos;s tables.</source>
        <translation>تعذر على الفحص سرد جداول قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is missing: it was removed from the database.</source>
        <translation>عنصر مفقود: %1 «%2» أُزيل من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was changed: it is not the one Istiqbal created.</source>
        <translation>عنصر مُغيَّر: %1 «%2» ليس الذي أنشأه استقبال.</translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary(ies) cannot be found by name: their search keys are missing.</source>
        <translation>
            <numerusform>لا مستفيد يتعذر العثور عليه بالاسم.</numerusform>
            <numerusform>مستفيد واحد يتعذر العثور عليه بالاسم: مفاتيح بحثه مفقودة.</numerusform>
            <numerusform>مستفيدان يتعذر العثور عليهما بالاسم: مفاتيح بحثهما مفقودة.</numerusform>
            <numerusform>%n مستفيدين يتعذر العثور عليهم بالاسم: مفاتيح بحثهم مفقودة.</numerusform>
            <numerusform>%n مستفيدًا يتعذر العثور عليهم بالاسم: مفاتيح بحثهم مفقودة.</numerusform>
            <numerusform>%n مستفيد يتعذر العثور عليهم بالاسم: مفاتيح بحثهم مفقودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search key(s) belong to no beneficiary.</source>
        <translation>
            <numerusform>لا مفاتيح بحث بلا مستفيد.</numerusform>
            <numerusform>مفتاح بحث واحد لا يتبع أي مستفيد.</numerusform>
            <numerusform>مفتاحا بحث لا يتبعان أي مستفيد.</numerusform>
            <numerusform>%n مفاتيح بحث لا تتبع أي مستفيد.</numerusform>
            <numerusform>%n مفتاحًا للبحث لا تتبع أي مستفيد.</numerusform>
            <numerusform>%n مفتاح بحث لا تتبع أي مستفيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>A demo fill was interrupted here (started %1): the database is half-filled. Make a new demo database.</source>
        <translation>توقف ملء بيانات العرض هنا قبل اكتماله (بدأ في %1): قاعدة البيانات نصف ممتلئة. أنشئ قاعدة بيانات عرض جديدة.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1</source>
        <translation>جرى العبث بسجل التدقيق. %1</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>تعذّر إجراء فحص سلامة قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>The database is damaged: %n problem(s) found. Restore the latest backup. First problem: %1</source>
        <translation>
            <numerusform>قاعدة البيانات تالفة. استعِد أحدث نسخة احتياطية. أول مشكلة: %1</numerusform>
            <numerusform>قاعدة البيانات تالفة: وُجدت مشكلة واحدة. استعِد أحدث نسخة احتياطية. المشكلة: %1</numerusform>
            <numerusform>قاعدة البيانات تالفة: وُجدت مشكلتان. استعِد أحدث نسخة احتياطية. أول مشكلة: %1</numerusform>
            <numerusform>قاعدة البيانات تالفة: وُجدت %n مشكلات. استعِد أحدث نسخة احتياطية. أول مشكلة: %1</numerusform>
            <numerusform>قاعدة البيانات تالفة: وُجدت %n مشكلةً. استعِد أحدث نسخة احتياطية. أول مشكلة: %1</numerusform>
            <numerusform>قاعدة البيانات تالفة: وُجدت %n مشكلة. استعِد أحدث نسخة احتياطية. أول مشكلة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist (in: %1).</source>
        <translation>
            <numerusform>لا يشير أي سجل إلى سجلات غير موجودة (في: %1).</numerusform>
            <numerusform>يشير سجل واحد إلى سجلات غير موجودة (في: %1).</numerusform>
            <numerusform>يشير سجلان إلى سجلات غير موجودة (في: %1).</numerusform>
            <numerusform>تشير %n سجلات إلى سجلات غير موجودة (في: %1).</numerusform>
            <numerusform>يشير %n سجلًا إلى سجلات غير موجودة (في: %1).</numerusform>
            <numerusform>يشير %n سجل إلى سجلات غير موجودة (في: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) cannot be found by name: their search keys are missing.</source>
        <translation>
            <numerusform>لا يمكن العثور بالاسم على أي جهة: مفاتيح بحثها مفقودة.</numerusform>
            <numerusform>لا يمكن العثور بالاسم على جهة واحدة: مفاتيح بحثها مفقودة.</numerusform>
            <numerusform>لا يمكن العثور بالاسم على جهتين: مفاتيح بحثهما مفقودة.</numerusform>
            <numerusform>لا يمكن العثور بالاسم على %n جهات: مفاتيح بحثها مفقودة.</numerusform>
            <numerusform>لا يمكن العثور بالاسم على %n جهة: مفاتيح بحثها مفقودة.</numerusform>
            <numerusform>لا يمكن العثور بالاسم على %n جهة: مفاتيح بحثها مفقودة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot read the table %1.</source>
        <translation>تعذّرت قراءة الجدول %1.</translation>
    </message>
    <message>
        <source>%1 already holds records (%2 in %3); the copy goes into a new, empty database only. Nothing was changed.</source>
        <translation>تحوي %1 سجلات (%2 في %3)؛ النسخ يكون إلى قاعدة بيانات جديدة فارغة فقط. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Cannot read the tables of the new database.</source>
        <translation>تعذّرت قراءة جداول قاعدة البيانات الجديدة.</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle; they cannot be copied.</source>
        <translation>تشير الجداول بعضها إلى بعض في حلقة مغلقة؛ لا يمكن نسخها.</translation>
    </message>
    <message>
        <source>Cannot copy the table %1.</source>
        <translation>تعذّر نسخ الجدول %1.</translation>
    </message>
    <message>
        <source>The database to copy is not open.</source>
        <translation>قاعدة البيانات المراد نسخها غير مفتوحة.</translation>
    </message>
    <message>
        <source>A database cannot be copied onto itself.</source>
        <translation>لا يمكن نسخ قاعدة بيانات إلى نفسها.</translation>
    </message>
    <message>
        <source>The two databases have different schemas (%1 and %2); open both with this version of Istiqbal first.</source>
        <translation>بنيتا قاعدتي البيانات مختلفتان (%1 و%2)؛ افتح كلتيهما بهذا الإصدار من برنامج استقبال أولًا.</translation>
    </message>
    <message>
        <source>The table %1 has no place in the new database; nothing was copied.</source>
        <translation>لا مكان للجدول %1 في قاعدة البيانات الجديدة؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The table %1 is missing from the database to copy.</source>
        <translation>الجدول %1 غير موجود في قاعدة البيانات المراد نسخها.</translation>
    </message>
    <message>
        <source>The column %1.%2 is missing from the database to copy.</source>
        <translation>العمود %1.%2 غير موجود في قاعدة البيانات المراد نسخها.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the database to copy.</source>
        <translation>للجدول %1 أعمدة مختلفة في قاعدة البيانات المراد نسخها.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation>تحوي نسخة %1 عدد %2 من الصفوف بدلًا من %3؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the original (checksums %2 and %3); nothing was copied.</source>
        <translation>تختلف نسخة %1 عن الأصل (المجموعان الاختباريان %2 و%3)؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>Cannot copy the database.</source>
        <translation>تعذّر نسخ قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>It holds no Istiqbal database.</source>
        <translation>لا يحوي قاعدة بيانات استقبال.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 هو قاعدة البيانات نفسها، لا نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1 Nothing was changed.</source>
        <translation>لا يمكن استرجاع النسخة الاحتياطية: %1 لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>cannot write in %1 (%2).</source>
        <translation>تتعذّر الكتابة في %1 (%2).</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 موجود مسبقًا.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside.</source>
        <translation>تعذّر نقل %1 جانبًا.</translation>
    </message>
    <message>
        <source>the copy could not be renamed to %1.</source>
        <translation>تعذّرت إعادة تسمية النسخة إلى %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseUse</name>
    <message>
        <source>%1 is being replaced (a backup is being restored); try again in a moment.</source>
        <translation>يجري استبدال %1 (تُسترجع نسخة احتياطية)؛ حاول بعد لحظات.</translation>
    </message>
    <message>
        <source>Cannot write beside %1: %2</source>
        <translation>تتعذّر الكتابة بجوار %1: %2</translation>
    </message>
    <message>
        <source>Another Istiqbal has %1 open (a window or a command). Close it first; nothing was changed.</source>
        <translation>نسخة أخرى من استقبال تفتح %1 (نافذة أو أمر). أغلقها أولًا؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>The date is empty.</source>
        <translation>التاريخ فارغ.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2022-08-31 or 1444/02/04 (Hijri).</source>
        <translation>اكتب التاريخ بصيغة سنة-شهر-يوم، مثل 2022-08-31 أو 1444/02/04 (هجري).</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 2022 or 1444.</source>
        <translation>اكتب السنة بأربعة أرقام، مثل 2022 أو 1444.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>يجب أن يكون الشهر بين ١ و١٢.</translation>
    </message>
    <message>
        <source>Month %1 of %2 has %3 days; there is no day %4.</source>
        <translation>الشهر %1 من عام %2 فيه %3 يومًا، فلا يوجد يوم %4.</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>تاريخ الميلاد غير صحيح.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The birth date is more than 120 years ago; please check the year.</source>
        <translation>تاريخ الميلاد قبل أكثر من ١٢٠ سنة؛ يُرجى التحقق من السنة.</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>تاريخ الانتهاء غير صحيح.</translation>
    </message>
    <message>
        <source>The document expired on %1.</source>
        <translation>انتهت صلاحية المستند في %1.</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>Service:</source>
        <translation>الخدمة:</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>ما يُقدَّم</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;الكمية:</translation>
    </message>
    <message>
        <source>e.g. 1 basket</source>
        <translation>مثلاً: ١ (سلة واحدة)</translation>
    </message>
    <message>
        <source>&amp;Amount (SAR):</source>
        <translation>المبلغ (&amp;ريال):</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>مثلاً: ٥٠٠</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Delivered by:</source>
        <translation>مقدّم الخدمة:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Recorded on this case</source>
        <translation>ما سُجّل على هذه الحالة</translation>
    </message>
    <message>
        <source>No service chosen (an inquiry, a suggestion or a complaint): record what was done in the notes.</source>
        <translation>لم تُختر خدمة (استفسار أو اقتراح أو شكوى): اكتب ما تم في الملاحظات.</translation>
    </message>
    <message>
        <source>%1 (when recorded)</source>
        <translation>%1 (وقت التسجيل)</translation>
    </message>
    <message>
        <source>Nothing has been delivered on this case yet.</source>
        <translation>لم يُقدَّم شيء على هذه الحالة بعد.</translation>
    </message>
    <message>
        <source>This service is delivered after the program officer&apos;s approval: once recorded, it waits for it.</source>
        <translation>تُقدَّم هذه الخدمة بعد اعتماد مسؤول البرامج: بعد تسجيلها تنتظر الاعتماد.</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>الكمية %1</translation>
    </message>
    <message>
        <source>awaiting the program officer&apos;s approval</source>
        <translation>بانتظار اعتماد مسؤول البرامج</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>اعتمدها %1، %2</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>قُدِّمت</translation>
    </message>
    <message>
        <source>%1 by %2: %3 (%4)</source>
        <translation>%1، بواسطة %2: %3 (%4)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Awaiting approval: the program officer has it on the follow-up list. Press F5 to see whether it was approved.</source>
        <translation>بانتظار الاعتماد: هي في قائمة متابعة مسؤول البرامج. اضغط F5 لمعرفة ما إذا اعتُمدت.</translation>
    </message>
    <message>
        <source>The quantity is a number, such as 1 or 2.5.</source>
        <translation>الكمية رقم، مثل ١ أو ٢٫٥.</translation>
    </message>
    <message>
        <source>The amount is in riyals, such as 500 or 250.50.</source>
        <translation>المبلغ بالريال، مثل ٥٠٠ أو ٢٥٠٫٥٠.</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>Could not read the deliveries.</source>
        <translation>تعذّرت قراءة الخدمات المقدَّمة.</translation>
    </message>
    <message>
        <source>A quantity or amount cannot be negative.</source>
        <translation>لا يمكن أن تكون الكمية أو المبلغ قيمة سالبة.</translation>
    </message>
    <message>
        <source>Could not save the delivery.</source>
        <translation>تعذّر حفظ بيانات تقديم الخدمة.</translation>
    </message>
    <message>
        <source>This delivery is not waiting for approval.</source>
        <translation>هذه الخدمة المقدَّمة لا تنتظر الاعتماد.</translation>
    </message>
    <message>
        <source>Could not save the approval.</source>
        <translation>تعذّر حفظ الاعتماد.</translation>
    </message>
    <message>
        <source>There is no delivery with number %1.</source>
        <translation>لا توجد خدمة مقدَّمة بالرقم %1.</translation>
    </message>
</context>
<context>
    <name>DeliveryRules</name>
    <message>
        <source>A quantity or an amount cannot be negative.</source>
        <translation>لا يمكن أن تكون الكمية أو المبلغ قيمة سالبة.</translation>
    </message>
    <message>
        <source>Record what was delivered: a quantity, an amount or a note.</source>
        <translation>سجِّل ما قُدِّم: كمية أو مبلغًا أو ملاحظة.</translation>
    </message>
</context>
<context>
    <name>DemoCatalogue</name>
    <message>
        <source>The catalogue has no active service.</source>
        <translation>لا توجد خدمة مفعّلة في دليل الخدمات.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs at least one beneficiary.</source>
        <translation>تحتاج البيانات التجريبية إلى مستفيد واحد على الأقل.</translation>
    </message>
    <message>
        <source>The demo data was cancelled.</source>
        <translation>أُلغيت كتابة البيانات التجريبية.</translation>
    </message>
</context>
<context>
    <name>DeskAction</name>
    <message>
        <source>This case is already finished (%1); it can no longer change.</source>
        <translation>هذه الحالة منتهية (%1)، ولا يمكن تعديلها.</translation>
    </message>
    <message>
        <source>This case is waiting for the program officer to answer the referral.</source>
        <translation>هذه الحالة بانتظار رد مسؤول البرامج على الإحالة.</translation>
    </message>
    <message>
        <source>This is done at the %1 step; this case is at the %2 step.</source>
        <translation>يتم هذا في خطوة «%1»، وهذه الحالة في خطوة «%2».</translation>
    </message>
    <message>
        <source>This is done at one of these steps: %1; this case is at the %2 step.</source>
        <translation>يتم هذا في إحدى هذه الخطوات: %1، وهذه الحالة في خطوة «%2».</translation>
    </message>
</context>
<context>
    <name>DeskModel</name>
    <message>
        <source>Not identified yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>بانتظار الإجابة</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>وصلت الإجابة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Today&apos;s desk</source>
        <translation>حالات اليوم</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Cases that arrived today</source>
        <translation>الحالات الواردة اليوم</translation>
    </message>
    <message>
        <source>Every open case</source>
        <translation>كل الحالات المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>إعادة قراءة القائمة (F5)</translation>
    </message>
    <message>
        <source>No open cases today.</source>
        <translation>لا توجد حالات مفتوحة اليوم.</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>لا توجد حالات مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open cases today, the first to arrive at the top.</source>
        <translation>
            <numerusform>لا توجد حالات مفتوحة اليوم.</numerusform>
            <numerusform>حالة مفتوحة واحدة اليوم.</numerusform>
            <numerusform>حالتان مفتوحتان اليوم، الأسبق وصولًا في الأعلى.</numerusform>
            <numerusform>%Ln حالات مفتوحة اليوم، الأسبق وصولًا في الأعلى.</numerusform>
            <numerusform>%Ln حالة مفتوحة اليوم، الأسبق وصولًا في الأعلى.</numerusform>
            <numerusform>%Ln حالة مفتوحة اليوم، الأسبق وصولًا في الأعلى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open cases, the first to arrive at the top.</source>
        <translation>
            <numerusform>لا توجد حالات مفتوحة.</numerusform>
            <numerusform>حالة مفتوحة واحدة.</numerusform>
            <numerusform>حالتان مفتوحتان، الأسبق وصولًا في الأعلى.</numerusform>
            <numerusform>%Ln حالات مفتوحة، الأسبق وصولًا في الأعلى.</numerusform>
            <numerusform>%Ln حالة مفتوحة، الأسبق وصولًا في الأعلى.</numerusform>
            <numerusform>%Ln حالة مفتوحة، الأسبق وصولًا في الأعلى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskText</name>
    <message>
        <source>%1, %2</source>
        <extracomment>a date in both calendars, then a clock time</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 5 min&quot;</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 SAR</source>
        <translation>%1 ريال</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>%1 has not been provided.</source>
        <translation>لم يتم تقديم %1.</translation>
    </message>
    <message>
        <source>The expiry date of %1 is not recorded.</source>
        <translation>تاريخ انتهاء %1 غير مسجل.</translation>
    </message>
    <message>
        <source>%1 expired on %2.</source>
        <translation>انتهت صلاحية %1 في %2.</translation>
    </message>
</context>
<context>
    <name>DocumentChecklistEditor</name>
    <message>
        <source>Tick each document seen; type the expiry date (Hijri or Gregorian).</source>
        <translation>ضع علامة على كل مستند اطّلعت عليه، واكتب تاريخ انتهائه (هجري أو ميلادي).</translation>
    </message>
    <message>
        <source>The chosen service requires no documents.</source>
        <translation>لا تتطلب الخدمة المختارة أي مستندات.</translation>
    </message>
    <message>
        <source>The expiry date of %1 is not a date: %2</source>
        <translation>تاريخ انتهاء «%1» غير صحيح: %2</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>لم يُقدَّم</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>Expiry date needed</source>
        <translation>يلزم تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>تاريخ غير صحيح</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ساري</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Could not save the document checklist.</source>
        <translation>تعذّر حفظ قائمة المستندات.</translation>
    </message>
    <message>
        <source>The document type %1 does not exist.</source>
        <translation>نوع المستند %1 غير موجود.</translation>
    </message>
    <message>
        <source>Could not read the document checklist.</source>
        <translation>تعذّرت قراءة قائمة المستندات.</translation>
    </message>
</context>
<context>
    <name>DocumentTypesPanel</name>
    <message>
        <source>&amp;New document type</source>
        <translation>&amp;نوع مستند جديد</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم &amp;بالعربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;الاسم بالإنجليزية:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Has an &amp;expiry date (checked against the day of the case)</source>
        <translation>&amp;له تاريخ انتهاء (يُقارن بيوم معالجة الحالة)</translation>
    </message>
    <message>
        <source>&amp;Save the document type</source>
        <translation>&amp;حفظ نوع المستند</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>made from the English name on saving</source>
        <translation>يُنشأ من الاسم الإنجليزي عند الحفظ</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>الاتصال الهاتفي</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطابات</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>خدمة التطوع</translation>
    </message>
    <message>
        <source>Electronic registration</source>
        <translation>التسجيل الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>طلب خدمة</translation>
    </message>
    <message>
        <source>Suggestion or complaint</source>
        <translation>اقتراح أو شكوى</translation>
    </message>
    <message>
        <source>Follow-up of an earlier case</source>
        <translation>متابعة حالة سابقة</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Information and matching</source>
        <translation>استيفاء المعلومات والمطابقة</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Verification and declaration</source>
        <translation>التحقق والإقرار</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>استكمال التسجيل</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>تقديم الخدمة</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>قياس الرضا</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Waiting for the program officer</source>
        <translation>بانتظار مسؤول البرامج</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Inquiry answered</source>
        <translation>تمت الإجابة على الاستفسار</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>الهوية الوطنية</translation>
    </message>
    <message>
        <source>Iqama</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <source>Border number</source>
        <translation>رقم الحدود</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>موظف الاستقبال</translation>
    </message>
    <message>
        <source>Program officer</source>
        <translation>مسؤول البرامج</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>DualDateEdit</name>
    <message>
        <source>1446/09/15 (Hijri) or 2025-03-15</source>
        <translation>1446/09/15 (هجري) أو 2025-03-15 (ميلادي)</translation>
    </message>
    <message>
        <source>Year/month/day: Hijri (e.g. 1446/09/15) or Gregorian (e.g. 2025-03-15).</source>
        <translation>السنة/الشهر/اليوم: هجري (مثل 1446/09/15) أو ميلادي (مثل 2025-03-15).</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Income per family member is %1, within the ceiling of %2.</source>
        <translation>دخل الفرد في الأسرة %1، ضمن الحد الأعلى البالغ %2.</translation>
    </message>
    <message>
        <source>Income per family member is %1; the ceiling is %2.</source>
        <translation>دخل الفرد في الأسرة %1، والحد الأعلى %2.</translation>
    </message>
    <message>
        <source>The service accepts any nationality.</source>
        <translation>الخدمة متاحة لجميع الجنسيات.</translation>
    </message>
    <message>
        <source>Nationality %1 is accepted.</source>
        <translation>الجنسية %1 مقبولة.</translation>
    </message>
    <message>
        <source>Nationality %1 is not among those the service accepts: %2.</source>
        <translation>الجنسية %1 ليست من الجنسيات التي تقبلها الخدمة: %2.</translation>
    </message>
    <message>
        <source>The service covers any city.</source>
        <translation>الخدمة تشمل جميع المدن.</translation>
    </message>
    <message>
        <source>The city %1 is covered by the service.</source>
        <translation>مدينة %1 ضمن نطاق الخدمة.</translation>
    </message>
    <message>
        <source>The city %1 is not among those the service covers: %2.</source>
        <translation>مدينة %1 ليست ضمن المدن التي تشملها الخدمة: %2.</translation>
    </message>
    <message>
        <source>The day to judge the age on is not set.</source>
        <translation>لم يُحدَّد اليوم الذي يُحسب عليه العمر.</translation>
    </message>
    <message>
        <source>The recorded birth date %1 is after %2.</source>
        <translation>تاريخ الميلاد المسجل %1 لاحق لتاريخ %2.</translation>
    </message>
    <message>
        <source>Age on %1 is %2, within the service&apos;s age range.</source>
        <translation>العمر في %1 هو %2، ضمن الفئة العمرية للخدمة.</translation>
    </message>
    <message>
        <source>Age on %1 is %2; the service is for ages %3 and over.</source>
        <translation>العمر في %1 هو %2، والخدمة لمن أعمارهم %3 فأكثر.</translation>
    </message>
    <message>
        <source>Age on %1 is %2; the service is for ages up to %3.</source>
        <translation>العمر في %1 هو %2، والخدمة لمن لا تزيد أعمارهم على %3.</translation>
    </message>
    <message>
        <source>Age on %1 is %2; the service is for ages %3 to %4.</source>
        <translation>العمر في %1 هو %2، والخدمة لمن أعمارهم من %3 إلى %4.</translation>
    </message>
    <message>
        <source>The family size is %1, at least the %2 the service requires.</source>
        <translation>عدد أفراد الأسرة %1، ولا يقل عن %2 كما تشترط الخدمة.</translation>
    </message>
    <message>
        <source>The family size is %1; the service requires at least %2.</source>
        <translation>عدد أفراد الأسرة %1، والخدمة تشترط %2 على الأقل.</translation>
    </message>
    <message>
        <source>The service requires no documents.</source>
        <translation>لا تتطلب الخدمة أي مستندات.</translation>
    </message>
    <message>
        <source>All required documents are provided and valid on %1.</source>
        <translation>جميع المستندات المطلوبة مقدَّمة وسارية في %1.</translation>
    </message>
    <message>
        <source>Income per family member at most %1</source>
        <translation>دخل الفرد في الأسرة لا يتجاوز %1</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>الجنسية: %1</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>أي جنسية</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>المدينة: %1</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>أي مدينة</translation>
    </message>
    <message>
        <source>Age %1 or over</source>
        <translation>العمر %1 فأكثر</translation>
    </message>
    <message>
        <source>Age up to %1</source>
        <translation>العمر حتى %1</translation>
    </message>
    <message>
        <source>Age from %1 to %2</source>
        <translation>العمر من %1 إلى %2</translation>
    </message>
    <message>
        <source>Family size at least %1</source>
        <translation>عدد أفراد الأسرة %1 على الأقل</translation>
    </message>
    <message>
        <source>Required documents provided and valid</source>
        <translation>المستندات المطلوبة مقدَّمة وسارية</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>The monthly income is not recorded.</source>
        <translation>الدخل الشهري غير مسجل.</translation>
    </message>
    <message>
        <source>The family size is not recorded.</source>
        <translation>عدد أفراد الأسرة غير مسجل.</translation>
    </message>
    <message>
        <source>The nationality is not recorded.</source>
        <translation>الجنسية غير مسجلة.</translation>
    </message>
    <message>
        <source>The city is not recorded.</source>
        <translation>المدينة غير مسجلة.</translation>
    </message>
    <message>
        <source>The birth date is not recorded.</source>
        <translation>تاريخ الميلاد غير مسجل.</translation>
    </message>
    <message>
        <source>%1 SAR</source>
        <translation>%1 ريال</translation>
    </message>
</context>
<context>
    <name>EligibilityRepository</name>
    <message>
        <source>Could not record which rules the case is judged by.</source>
        <translation>تعذّر تسجيل إصدار الشروط التي تُقيَّم بها الحالة.</translation>
    </message>
    <message>
        <source>Could not read which rules the case is judged by.</source>
        <translation>تعذّرت قراءة إصدار الشروط التي تُقيَّم بها الحالة.</translation>
    </message>
    <message>
        <source>Write the reason for overriding the eligibility rules.</source>
        <translation>اكتب سبب تجاوز شروط الاستحقاق.</translation>
    </message>
    <message>
        <source>Could not save the eligibility override.</source>
        <translation>تعذّر حفظ تجاوز شروط الاستحقاق.</translation>
    </message>
    <message>
        <source>Could not read the eligibility overrides.</source>
        <translation>تعذّرت قراءة تجاوزات شروط الاستحقاق.</translation>
    </message>
</context>
<context>
    <name>EligibilityReviewModel</name>
    <message>
        <source>; </source>
        <extracomment>separates the failing rules in one table cell</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>مفتوحة منذ</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Rules not met</source>
        <translation>الشروط غير المستوفاة</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
</context>
<context>
    <name>EligibilityReviewPanel</name>
    <message>
        <source>Rules not met</source>
        <translation>الشروط غير المستوفاة</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>قرارك</translation>
    </message>
    <message>
        <source>&amp;Reason (kept with the case, shown on it and in the audit):</source>
        <translation>السبب (&amp;يُحفظ مع الحالة ويظهر فيها وفي سجل التدقيق):</translation>
    </message>
    <message>
        <source>Why the case may go on, or why the beneficiary is not eligible</source>
        <translation>لماذا تستمر الحالة، أو لماذا لا يستحق المستفيد الخدمة</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;فتح الحالة</translation>
    </message>
    <message>
        <source>&amp;Not eligible</source>
        <translation>&amp;غير مستحق</translation>
    </message>
    <message>
        <source>End the case: the beneficiary is not eligible, for the reason written</source>
        <translation>إنهاء الحالة بعدم استحقاق المستفيد، للسبب المكتوب</translation>
    </message>
    <message>
        <source>&amp;Approve override</source>
        <translation>&amp;اعتماد تجاوز الشروط</translation>
    </message>
    <message>
        <source>Let the case go on although these rules are not met, for the reason written</source>
        <translation>السماح باستمرار الحالة رغم عدم استيفاء هذه الشروط، للسبب المكتوب</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>اختر حالة من القائمة.</translation>
    </message>
    <message>
        <source>%1 asks for %2 (rules version %3); the case arrived %4.</source>
        <translation>%1 يطلب %2 (إصدار الشروط %3)؛ وصلت الحالة %4.</translation>
    </message>
    <message>
        <source>No case is blocked by an eligibility rule.</source>
        <translation>لا توجد حالة متوقفة بسبب شرط من شروط الاستحقاق.</translation>
    </message>
    <message>
        <source>Choose the case to decide on from the list.</source>
        <translation>اختر من القائمة الحالة التي تريد البتّ فيها.</translation>
    </message>
    <message>
        <source>Override approved: the case of %1 may go on; your reason is kept with it.</source>
        <translation>اعتُمد تجاوز الشروط: يمكن لحالة %1 أن تستمر، وسببك محفوظ معها.</translation>
    </message>
    <message>
        <source>Write the reason the beneficiary is not eligible.</source>
        <translation>اكتب سبب عدم استحقاق المستفيد.</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <source>End the case of %1 as not eligible for %2? This cannot be undone.</source>
        <translation>إنهاء حالة %1 بعدم الاستحقاق لـ%2؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The case of %1 ended: not eligible.</source>
        <translation>انتهت حالة %1: غير مستحق.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) blocked at verification by an eligibility rule, the oldest at the top.</source>
        <translation>
            <numerusform>لا توجد حالات متوقفة عند التحقق.</numerusform>
            <numerusform>حالة واحدة متوقفة عند التحقق بسبب شرط من شروط الاستحقاق.</numerusform>
            <numerusform>حالتان متوقفتان عند التحقق بسبب شروط الاستحقاق، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln حالات متوقفة عند التحقق بسبب شروط الاستحقاق، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln حالة متوقفة عند التحقق بسبب شروط الاستحقاق، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln حالة متوقفة عند التحقق بسبب شروط الاستحقاق، الأقدم في الأعلى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureReplay</name>
    <message>
        <source>Could not read who was anonymised in the database.</source>
        <translation>تعذرت قراءة من أُخفيت هويتهم في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Could not read the restored database.</source>
        <translation>تعذرت قراءة قاعدة البيانات المستعادة.</translation>
    </message>
    <message>
        <source>The people anonymised since the backup was made could not be anonymised again: %1</source>
        <translation>تعذر إخفاء هوية من أُخفيت هويتهم بعد أخذ النسخة الاحتياطية من جديد: %1</translation>
    </message>
</context>
<context>
    <name>FieldHistoryPanel</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Removed with the person&apos;s data</source>
        <translation>أُتلفت مع بيانات الشخص</translation>
    </message>
    <message>
        <source>Changed outside Istiqbal: not shown</source>
        <translation>غُيّرت خارج استقبال: لا تُعرض</translation>
    </message>
    <message>
        <source>Not kept (corrected before values were kept)</source>
        <translation>غير محفوظة (صُحّحت قبل حفظ القيم)</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>No correction since the record was made.</source>
        <translation>لم يُصحَّح السجل منذ إنشائه.</translation>
    </message>
    <message>
        <source>Each correction of the record: the old and the new value, who made it and when.</source>
        <translation>كل تصحيح للسجل: القيمة السابقة والجديدة، ومن صحّحها ومتى.</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>%1: this is required; fill it in.</source>
        <extracomment>%1 is a field&apos;s name, e.g. &quot;The place&quot;.</extracomment>
        <translation>%1: هذا الحقل مطلوب؛ يرجى تعبئته.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters are allowed; this has %3.</source>
        <extracomment>%1 is a field&apos;s name, e.g. &quot;The place&quot;.</extracomment>
        <translation>%1: الحد الأقصى %2 حرفًا، وهنا %3.</translation>
    </message>
</context>
<context>
    <name>FileListText</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>ملف %1</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>The first administrator — Istiqbal</source>
        <translation>مدير النظام الأول — استقبال</translation>
    </message>
    <message>
        <source>Welcome to Istiqbal</source>
        <translation>مرحبًا بك في استقبال</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet. Create the administrator&apos;s account: the administrator then adds the receptionists, program officers and managers, and sets up the association&apos;s details.</source>
        <translation>لا يستطيع أحد الدخول إلى قاعدة البيانات هذه بعد. أنشئ حساب مدير النظام، ليضيف بعد ذلك موظفي الاستقبال ومسؤولي البرامج والمديرين، ويُعدّ بيانات الجمعية.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;الاسم الكامل:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;اسم الدخول:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;تأكيد كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;إنشاء الحساب</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Write the administrator&apos;s full name.</source>
        <translation>اكتب الاسم الكامل لمدير النظام.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>كلمتا المرور غير متطابقتين؛ اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Choose the database this desk works on: a file on this computer or a shared server</source>
        <translation>اختيار قاعدة البيانات التي يعمل عليها هذا المكتب: ملف على هذا الحاسوب أو خادم مشترك</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Mark the follow-up done</source>
        <translation>إنجاز المتابعة</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>المتابعة:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>المستفيد:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>الموعد:</translation>
    </message>
    <message>
        <source>What was done? The &amp;note is kept with your name and the time:</source>
        <translation>&amp;ماذا تم؟ تُحفظ الملاحظة مع اسمك والوقت:</translation>
    </message>
    <message>
        <source>e.g. Called the beneficiary; the renewed card will be brought on Sunday</source>
        <translation>مثال: اتصلت بالمستفيد، وسيُحضر البطاقة المجدَّدة يوم الأحد</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;تم الإنجاز</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Document expiring</source>
        <translation>مستند قارب على الانتهاء</translation>
    </message>
    <message>
        <source>Delivery awaiting approval</source>
        <translation>خدمة بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>Survey owed (call the beneficiary)</source>
        <translation>استبيان مستحق (اتصل بالمستفيد)</translation>
    </message>
    <message>
        <source>Referral answer to pick up</source>
        <translation>رد إحالة بانتظار الاستلام</translation>
    </message>
    <message>
        <source>Data request to answer</source>
        <translation>طلب بشأن البيانات ينتظر الرد</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>No service (an inquiry or a suggestion)</source>
        <translation>بلا خدمة (استفسار أو اقتراح)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>متأخرة اليوم</numerusform>
            <numerusform>متأخرة يومًا واحدًا</numerusform>
            <numerusform>متأخرة يومين</numerusform>
            <numerusform>متأخرة %Ln أيام</numerusform>
            <numerusform>متأخرة %Ln يومًا</numerusform>
            <numerusform>متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>مستحقة اليوم</numerusform>
            <numerusform>مستحقة غدًا</numerusform>
            <numerusform>مستحقة بعد يومين</numerusform>
            <numerusform>مستحقة بعد %Ln أيام</numerusform>
            <numerusform>مستحقة بعد %Ln يومًا</numerusform>
            <numerusform>مستحقة بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>غير محدَّد</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>Could not read the follow-ups.</source>
        <translation>تعذّرت قراءة المتابعات.</translation>
    </message>
    <message>
        <source>Write what was done about this follow-up.</source>
        <translation>اكتب ما تم بشأن هذه المتابعة.</translation>
    </message>
    <message>
        <source>Could not save the follow-up.</source>
        <translation>تعذّر حفظ المتابعة.</translation>
    </message>
    <message>
        <source>This follow-up was already marked done.</source>
        <translation>سبق تسجيل إنجاز هذه المتابعة.</translation>
    </message>
    <message>
        <source>A data request is done when it is closed with its outcome.</source>
        <translation>يُنجز الطلب بشأن البيانات بإغلاقه مع نتيجته.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>قراءة القائمة من جديد (F5)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the case, or the beneficiary&apos;s file for a document (Enter)</source>
        <translation>فتح الحالة، أو ملف المستفيد إن كانت المتابعة لمستند (Enter)</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>تم &amp;الإنجاز…</translation>
    </message>
    <message>
        <source>Record what was done about this follow-up (Ctrl+D)</source>
        <translation>تسجيل ما تم في هذه المتابعة (Ctrl+D)</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>كل المستحق</translation>
    </message>
    <message>
        <source>Nothing is due. Today is %1.</source>
        <translation>لا شيء مستحق. اليوم %1.</translation>
    </message>
    <message>
        <source>Choose the follow-up to mark done from the list.</source>
        <translation>اختر من القائمة المتابعة التي أُنجزت.</translation>
    </message>
    <message>
        <source>Marked done: %1, %2.</source>
        <translation>أُنجزت: %1، %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due, the earliest first. Today is %1.</source>
        <translation>
            <numerusform>لا متابعات مستحقة. اليوم %1.</numerusform>
            <numerusform>متابعة واحدة مستحقة. اليوم %1.</numerusform>
            <numerusform>متابعتان مستحقتان، الأقرب موعدًا أولًا. اليوم %1.</numerusform>
            <numerusform>%Ln متابعات مستحقة، الأقرب موعدًا أولًا. اليوم %1.</numerusform>
            <numerusform>%Ln متابعة مستحقة، الأقرب موعدًا أولًا. اليوم %1.</numerusform>
            <numerusform>%Ln متابعة مستحقة، الأقرب موعدًا أولًا. اليوم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due, the earliest first; %1 overdue, marked in red. Today is %2.</source>
        <translation>
            <numerusform>لا متابعات مستحقة؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>متابعة واحدة مستحقة؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>متابعتان مستحقتان، الأقرب موعدًا أولًا؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>%Ln متابعات مستحقة، الأقرب موعدًا أولًا؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>%Ln متابعة مستحقة، الأقرب موعدًا أولًا؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
            <numerusform>%Ln متابعة مستحقة، الأقرب موعدًا أولًا؛ المتأخر منها %1 بالأحمر. اليوم %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>HijriDate</name>
    <message>
        <source>Muharram</source>
        <translation>محرم</translation>
    </message>
    <message>
        <source>Safar</source>
        <translation>صفر</translation>
    </message>
    <message>
        <source>Rabi&apos; al-Awwal</source>
        <translation>ربيع الأول</translation>
    </message>
    <message>
        <source>Rabi&apos; al-Akhir</source>
        <translation>ربيع الآخر</translation>
    </message>
    <message>
        <source>Jumada al-Ula</source>
        <translation>جمادى الأولى</translation>
    </message>
    <message>
        <source>Jumada al-Akhirah</source>
        <translation>جمادى الآخرة</translation>
    </message>
    <message>
        <source>Rajab</source>
        <translation>رجب</translation>
    </message>
    <message>
        <source>Sha&apos;ban</source>
        <translation>شعبان</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>Shawwal</source>
        <translation>شوال</translation>
    </message>
    <message>
        <source>Dhu al-Qa&apos;dah</source>
        <translation>ذو القعدة</translation>
    </message>
    <message>
        <source>Dhu al-Hijjah</source>
        <translation>ذو الحجة</translation>
    </message>
    <message>
        <source>The Hijri year %1 is outside the Umm al-Qura calendar (%2 to %3 AH).</source>
        <translation>السنة الهجرية %1 خارج نطاق تقويم أم القرى (من %2 إلى %3 هـ).</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>التاريخ غير صحيح.</translation>
    </message>
    <message>
        <source>%1 is outside the Umm al-Qura calendar (%2 to %3 AH); its Hijri date cannot be given.</source>
        <translation>التاريخ %1 خارج نطاق تقويم أم القرى (من %2 إلى %3 هـ)؛ لا يمكن تحديد تاريخه الهجري.</translation>
    </message>
    <message>
        <source>The Hijri month must be between 1 and 12.</source>
        <translation>يجب أن يكون الشهر الهجري بين ١ و١٢.</translation>
    </message>
    <message>
        <source>%1 %2 AH has %3 days; there is no day %4.</source>
        <translation>شهر %1 من عام %2 هـ فيه %3 يومًا، فلا يوجد يوم %4.</translation>
    </message>
    <message>
        <source>The Hijri date is empty.</source>
        <translation>التاريخ الهجري فارغ.</translation>
    </message>
    <message>
        <source>Write the Hijri date as year/month/day, e.g. 1444/02/04.</source>
        <translation>اكتب التاريخ الهجري بصيغة سنة/شهر/يوم، مثل 1444/02/04.</translation>
    </message>
    <message>
        <source>The Umm al-Qura calendar&apos;s table is missing or damaged in this copy of Istiqbal; install it again.</source>
        <translation>جدول تقويم أم القرى مفقود أو تالف في هذه النسخة من استقبال؛ ثبّتها من جديد.</translation>
    </message>
</context>
<context>
    <name>InformationDesk</name>
    <message>
        <source>The service %1 is no longer offered; choose another.</source>
        <translation>خدمة «%1» لم تعد متاحة؛ اختر خدمة أخرى.</translation>
    </message>
    <message>
        <source>Find or register the beneficiary before recording their documents.</source>
        <translation>ابحث عن المستفيد أو سجّله قبل تسجيل مستنداته.</translation>
    </message>
    <message>
        <source>The document %1 is listed twice.</source>
        <translation>المستند «%1» مُدرَج مرتين.</translation>
    </message>
</context>
<context>
    <name>InformationPage</name>
    <message>
        <source>New &amp;beneficiary</source>
        <translation>&amp;مستفيد جديد</translation>
    </message>
    <message>
        <source>Register a visitor who is not found (Ctrl+Shift+N)</source>
        <translation>تسجيل مراجع غير مسجّل (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s record</source>
        <translation>بيانات المستفيد</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>سجلات قد تكون مكررة</translation>
    </message>
    <message>
        <source>&amp;Use this record</source>
        <translation>&amp;اعتماد هذا السجل</translation>
    </message>
    <message>
        <source>The visitor is this registered beneficiary (Ctrl+U)</source>
        <translation>المراجع هو هذا المستفيد المسجّل (Ctrl+U)</translation>
    </message>
    <message>
        <source>N&amp;one of these is the visitor</source>
        <translation>&amp;ليس المراجع أياً من هؤلاء</translation>
    </message>
    <message>
        <source>Service requested and its documents</source>
        <translation>الخدمة المطلوبة ومستنداتها</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <source>No service (an inquiry, a suggestion or a complaint)</source>
        <translation>بلا خدمة (استفسار أو اقتراح أو شكوى)</translation>
    </message>
    <message>
        <source>This case is for %1 (ID %2).</source>
        <translation>هذه الحالة للمستفيد %1 (الهوية %2).</translation>
    </message>
    <message>
        <source>This case is for %1 (ID %2, file %3).</source>
        <translation>هذه الحالة للمستفيد %1 (الهوية %2، الملف %3).</translation>
    </message>
    <message>
        <source>A new beneficiary: type the record; possible duplicates show as you type.</source>
        <translation>مستفيد جديد: اكتب بياناته؛ تظهر السجلات التي قد تكون مكررة أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Find the beneficiary by name, ID or phone, or register a new one (Ctrl+Shift+N): possible duplicates show while the new record is typed.</source>
        <translation>ابحث عن المستفيد بالاسم أو رقم الهوية أو الجوال، أو سجّل مستفيداً جديداً (Ctrl+Shift+N): تظهر السجلات التي قد تكون مكررة أثناء كتابة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered beneficiary(s) may be this visitor: use the record if it is the same person.</source>
        <translation>
            <numerusform>لا يوجد مستفيد مسجّل يطابق هذا المراجع.</numerusform>
            <numerusform>مستفيد مسجّل واحد قد يكون هذا المراجع: اعتمد سجله إن كان الشخص نفسه.</numerusform>
            <numerusform>مستفيدان مسجّلان قد يكون أحدهما هذا المراجع: اعتمد السجل إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln مستفيدين مسجّلين قد يكون أحدهم هذا المراجع: اعتمد السجل إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln مستفيداً مسجّلاً قد يكون أحدهم هذا المراجع: اعتمد السجل إن كان الشخص نفسه.</numerusform>
            <numerusform>%Ln مستفيد مسجّل قد يكون أحدهم هذا المراجع: اعتمد السجل إن كان الشخص نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>This visitor may already be registered: see the possible duplicates. Use that record (Ctrl+U), or tick &quot;%1&quot; to register a new one.</source>
        <translation>قد يكون هذا المراجع مسجّلاً من قبل: راجع السجلات التي قد تكون مكررة. اعتمد ذلك السجل (Ctrl+U)، أو ضع علامة على «%1» لتسجيله مستفيداً جديداً.</translation>
    </message>
    <message>
        <source>This visitor may already be registered: use that record (Ctrl+U), or tick &quot;%1&quot; to register a new one.</source>
        <translation>قد يكون هذا المراجع مسجّلاً من قبل: اعتمد ذلك السجل (Ctrl+U)، أو ضع علامة على «%1» لتسجيله مستفيداً جديداً.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or Next step (Ctrl+Enter) registers the new beneficiary typed above and links it to this case.</source>
        <translation>الحفظ (Ctrl+S) أو الخطوة التالية (Ctrl+Enter) يسجّل المستفيد الجديد المكتوب أعلاه ويربطه بهذه الحالة.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or Next step (Ctrl+Enter) registers %1 as a new beneficiary and links the record to this case.</source>
        <translation>الحفظ (Ctrl+S) أو الخطوة التالية (Ctrl+Enter) يسجّل %1 مستفيداً جديداً ويربط سجله بهذه الحالة.</translation>
    </message>
    <message>
        <source>A new, empty record is ready: type the visitor&apos;s details. Save (Ctrl+S) or Next step (Ctrl+Enter) registers them.</source>
        <translation>سجل جديد فارغ جاهز: اكتب بيانات المراجع. الحفظ (Ctrl+S) أو الخطوة التالية (Ctrl+Enter) يسجّله مستفيداً جديداً.</translation>
    </message>
    <message>
        <source>&amp;Find the beneficiary</source>
        <translation>البحث &amp;عن المستفيد</translation>
    </message>
    <message>
        <source>Look for another registered beneficiary by name, ID or phone (Ctrl+Shift+F)</source>
        <translation>البحث عن مستفيد مسجّل آخر بالاسم أو رقم الهوية أو الجوال (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>IoFailure</name>
    <message>
        <source>the disk took only part of the data: it is full, or the file is larger than this computer allows</source>
        <translation>لم يأخذ القرص إلا جزءًا من البيانات: إما أنه ممتلئ، أو أن الملف أكبر مما يسمح به هذا الحاسوب</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The window is locked</source>
        <translation>النافذة مقفلة</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Someone else at this desk? Signing out closes the open pages; anything typed and not saved is lost.</source>
        <translation>موظف آخر على هذا المكتب؟ تسجيل الخروج يغلق الصفحات المفتوحة، ويضيع ما كُتب ولم يُحفظ.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>%1 is signed in. Type your password to go on; your work is as you left it.</source>
        <translation>المستخدم الحالي: %1. اكتب كلمة المرور للمتابعة؛ عملك كما تركته.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Istiqbal — beneficiary reception</source>
        <translation>استقبال — نظام استقبال المستفيدين</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Today&apos;s desk</source>
        <translation>حالات اليوم</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Find a beneficiary</source>
        <translation>البحث عن مستفيد</translation>
    </message>
    <message>
        <source>Switch the interface language</source>
        <translation>تبديل لغة الواجهة</translation>
    </message>
    <message>
        <source>%1 — Istiqbal</source>
        <translation>%1 — استقبال</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>الموظف: %1</translation>
    </message>
    <message>
        <source>Today&apos;s open cases (Ctrl+1)</source>
        <translation>الحالات المفتوحة اليوم (Ctrl+1)</translation>
    </message>
    <message>
        <source>Receive a new visitor, call or letter (Ctrl+N)</source>
        <translation>استقبال مراجع أو اتصال أو خطاب جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a beneficiary by name, ID or phone (Ctrl+F)</source>
        <translation>البحث عن مستفيد بالاسم أو الهوية أو الجوال (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Close your pages and let someone else sign in</source>
        <translation>أغلق صفحاتك ليسجّل موظف آخر دخوله</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the window until you type your password (Ctrl+L)</source>
        <translation>قفل النافذة حتى تكتب كلمة المرور (Ctrl+L)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>The version, the licence and where the database is (F1)</source>
        <translation>الإصدار والترخيص ومكان قاعدة البيانات (F1)</translation>
    </message>
</context>
<context>
    <name>ManagementNavigation</name>
    <message>
        <source>Catalogue</source>
        <translation>دليل الخدمات</translation>
    </message>
    <message>
        <source>Services and their eligibility rules, documents, survey questions and approved answers</source>
        <translation>الخدمات وشروط استحقاقها والمستندات وأسئلة الاستبيان والإجابات المعتمدة</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Who may sign in, with which roles</source>
        <translation>من يحق له الدخول، وبأي أدوار</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <source>The association&apos;s name, licence number, address and logo</source>
        <translation>اسم الجمعية ورقم ترخيصها وعنوانها وشعارها</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation>من فعل ماذا، ومتى</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>The monthly summary: figures, recommendations, PDF and spreadsheet export</source>
        <translation>الملخص الشهري: الأرقام والتوصيات والتصدير إلى PDF وجدول بيانات</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>طلبات البيانات</translation>
    </message>
    <message>
        <source>People&apos;s requests about their data: a copy, a correction, destruction, a restriction or the withdrawal of consent, each answered within 30 days</source>
        <translation>طلبات الأشخاص بشأن بياناتهم: نسخة أو تصحيح أو إتلاف أو تقييد أو سحب للموافقة، يُرد على كل منها خلال 30 يومًا</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>How long people&apos;s data is kept, and anonymising those past it</source>
        <translation>مدة حفظ بيانات الأشخاص، وإخفاء هوية من تجاوزها</translation>
    </message>
</context>
<context>
    <name>MonthExportQuery</name>
    <message>
        <source>Could not read the month&apos;s cases.</source>
        <translation>تعذّرت قراءة حالات الشهر.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>The calendar the month is counted in</source>
        <translation>التقويم الذي يُحسب به الشهر</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
</context>
<context>
    <name>MonthlyCsvExport</name>
    <message>
        <source>The export cannot be written: the file is not open.</source>
        <translation>لا يمكن كتابة الملف المُصدَّر: الملف غير مفتوح.</translation>
    </message>
    <message>
        <source>No month was chosen for the export.</source>
        <translation>لم يُختر شهر للتصدير.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>تعذّرت كتابة الملف المُصدَّر: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>Licence number %1</source>
        <translation>رقم الترخيص %1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>The report cannot be written: the file is not open.</source>
        <translation>لا يمكن كتابة التقرير: الملف غير مفتوح.</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>التقرير الشهري %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>تعذّر بدء ملف PDF.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>أُلغي التقرير.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>تعذّر إكمال ملف PDF.</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>أُلغيت المعاينة.</translation>
    </message>
    <message>
        <source> · </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>MonthlySummaryBuilder</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>أُلغي التقرير.</translation>
    </message>
    <message>
        <source>No month was chosen for the report.</source>
        <translation>لم يُختر شهر للتقرير.</translation>
    </message>
</context>
<context>
    <name>NamePart</name>
    <message>
        <source>The name is empty.</source>
        <translation>الاسم فارغ.</translation>
    </message>
    <message>
        <source>The mark %1 must follow a letter.</source>
        <translation>يجب أن تأتي العلامة %1 بعد حرف.</translation>
    </message>
    <message>
        <source>A name may not contain digits (&quot;%1&quot;).</source>
        <translation>لا يجوز أن يحتوي الاسم على أرقام («%1»).</translation>
    </message>
    <message>
        <source>A name may not contain the invisible character %1.</source>
        <translation>لا يجوز أن يحتوي الاسم على الحرف غير المرئي %1.</translation>
    </message>
    <message>
        <source>A name may not contain &quot;%1&quot;: only letters, spaces, hyphens and apostrophes are allowed.</source>
        <translation>لا يجوز أن يحتوي الاسم على «%1»: المسموح به الحروف والمسافات والشرطات والفواصل العليا فقط.</translation>
    </message>
    <message>
        <source>A name must contain at least one letter.</source>
        <translation>يجب أن يحتوي الاسم على حرف واحد على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most 50 characters are allowed; this one has %n.</source>
        <translation>
            <numerusform>الاسم طويل جدًا: الحد الأقصى ٥٠ حرفًا، والمُدخل لا يحوي أي حرف.</numerusform>
            <numerusform>الاسم طويل جدًا: الحد الأقصى ٥٠ حرفًا، والمُدخل حرف واحد.</numerusform>
            <numerusform>الاسم طويل جدًا: الحد الأقصى ٥٠ حرفًا، والمُدخل حرفان.</numerusform>
            <numerusform>الاسم طويل جدًا: الحد الأقصى ٥٠ حرفًا، والمُدخل %n أحرف.</numerusform>
            <numerusform>الاسم طويل جدًا: الحد الأقصى ٥٠ حرفًا، والمُدخل %n حرفًا.</numerusform>
            <numerusform>الاسم طويل جدًا: الحد الأقصى ٥٠ حرفًا، والمُدخل %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>الاسم الأول مطلوب.</translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>الاسم الأول: %1</translation>
    </message>
    <message>
        <source>Father&apos;s name: %1</source>
        <translation>اسم الأب: %1</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name: %1</source>
        <translation>اسم الجد: %1</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>اسم العائلة مطلوب.</translation>
    </message>
    <message>
        <source>Family name: %1</source>
        <translation>اسم العائلة: %1</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>The national ID is empty.</source>
        <translation>رقم الهوية فارغ.</translation>
    </message>
    <message>
        <source>The national ID must contain digits only.</source>
        <translation>يجب أن يتكون رقم الهوية من أرقام فقط.</translation>
    </message>
    <message numerus="yes">
        <source>The national ID must have 10 digits; this one has %n.</source>
        <translation>
            <numerusform>يجب أن يتكون رقم الهوية من ١٠ أرقام، والمُدخل لا يحوي أي رقم.</numerusform>
            <numerusform>يجب أن يتكون رقم الهوية من ١٠ أرقام، والمُدخل رقم واحد.</numerusform>
            <numerusform>يجب أن يتكون رقم الهوية من ١٠ أرقام، والمُدخل رقمان.</numerusform>
            <numerusform>يجب أن يتكون رقم الهوية من ١٠ أرقام، والمُدخل %n أرقام.</numerusform>
            <numerusform>يجب أن يتكون رقم الهوية من ١٠ أرقام، والمُدخل %n رقمًا.</numerusform>
            <numerusform>يجب أن يتكون رقم الهوية من ١٠ أرقام، والمُدخل %n رقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>The national ID must start with 1 (citizen) or 2 (resident).</source>
        <translation>يجب أن يبدأ رقم الهوية بالرقم 1 (مواطن) أو 2 (مقيم).</translation>
    </message>
    <message>
        <source>The national ID&apos;s check digit does not match; please check it for a typing mistake.</source>
        <translation>رقم التحقق في الهوية غير مطابق؛ يُرجى التأكد من عدم وجود خطأ في الكتابة.</translation>
    </message>
</context>
<context>
    <name>NationalIdEdit</name>
    <message>
        <source>10 digits, starting with 1 or 2</source>
        <translation>١٠ أرقام تبدأ بالرقم 1 أو 2</translation>
    </message>
    <message>
        <source>A valid national ID (citizen).</source>
        <translation>رقم هوية وطنية صحيح (مواطن).</translation>
    </message>
    <message>
        <source>A valid iqama number (resident).</source>
        <translation>رقم إقامة صحيح (مقيم).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of 10 digits typed.</source>
        <translation>
            <numerusform>لم يُكتب أي رقم من الأرقام العشرة.</numerusform>
            <numerusform>كُتب رقم واحد من ١٠ أرقام.</numerusform>
            <numerusform>كُتب رقمان من ١٠ أرقام.</numerusform>
            <numerusform>كُتبت %Ln أرقام من ١٠.</numerusform>
            <numerusform>كُتب %Ln رقمًا من ١٠.</numerusform>
            <numerusform>كُتب %Ln رقم من ١٠.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nationality</name>
    <message>
        <source>Saudi</source>
        <translation>سعودي</translation>
    </message>
    <message>
        <source>Yemeni</source>
        <translation>يمني</translation>
    </message>
    <message>
        <source>Egyptian</source>
        <translation>مصري</translation>
    </message>
    <message>
        <source>Syrian</source>
        <translation>سوري</translation>
    </message>
    <message>
        <source>Sudanese</source>
        <translation>سوداني</translation>
    </message>
    <message>
        <source>Jordanian</source>
        <translation>أردني</translation>
    </message>
    <message>
        <source>Palestinian</source>
        <translation>فلسطيني</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>باكستاني</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>هندي</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>بنغلاديشي</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>بورمي</translation>
    </message>
    <message>
        <source>Ethiopian</source>
        <translation>إثيوبي</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>صومالي</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a nationality in a list, then its two-letter code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NextStepLines</name>
    <message>
        <source>and %1 more (the whole list in the tooltip)</source>
        <translation>و%1 غيرها (القائمة كاملة في التلميح)</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the things missing, listed on one line</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Enter: next field · Ctrl+Enter: %1 · Ctrl+S: save · Alt+1 … Alt+7: look at a step · Esc: close</source>
        <translation>المفاتيح: Enter للحقل التالي؛ Ctrl+Enter: %1؛ Ctrl+S للحفظ؛ Alt+1 … Alt+7 لعرض خطوة؛ Esc للإغلاق</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>has two decimal separators</source>
        <translation>فيه فاصلان عشريان</translation>
    </message>
    <message>
        <source>is not grouped by thousands</source>
        <translation>غير مقسّم إلى آلاف على نحو صحيح</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ليس عددًا صحيحًا</translation>
    </message>
    <message numerus="yes">
        <source>has more than %n decimals</source>
        <translation>
            <numerusform>فيه أكثر من %n منزلة عشرية</numerusform>
            <numerusform>فيه أكثر من منزلة عشرية واحدة</numerusform>
            <numerusform>فيه أكثر من منزلتين عشريتين</numerusform>
            <numerusform>فيه أكثر من %n منازل عشرية</numerusform>
            <numerusform>فيه أكثر من %n منزلة عشرية</numerusform>
            <numerusform>فيه أكثر من %n منزلة عشرية</numerusform>
        </translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>كبير جدًا</translation>
    </message>
</context>
<context>
    <name>OfficerDesk</name>
    <message>
        <source>This case is already finished (%1); it can no longer change.</source>
        <translation>هذه الحالة منتهية (%1)، ولا يمكن تعديلها.</translation>
    </message>
    <message>
        <source>Eligibility is reviewed during information, referral or verification; this case is at the %1 step.</source>
        <translation>يُراجَع الاستحقاق خلال خطوات استيفاء المعلومات أو الإحالة أو التحقق، وهذه الحالة في خطوة «%1».</translation>
    </message>
    <message>
        <source>No service has been chosen for this case, so there are no eligibility rules to override.</source>
        <translation>لم تُختَر خدمة لهذه الحالة، فلا توجد شروط استحقاق لتجاوزها.</translation>
    </message>
    <message>
        <source>No beneficiary has been found or registered for this case yet.</source>
        <translation>لم يُعثر على مستفيد لهذه الحالة ولم يُسجَّل بعد.</translation>
    </message>
    <message>
        <source>The eligibility rules of this case were already overridden.</source>
        <translation>سبق تجاوز شروط الاستحقاق لهذه الحالة.</translation>
    </message>
    <message>
        <source>Write the reason for overriding the eligibility rules.</source>
        <translation>اكتب سبب تجاوز شروط الاستحقاق.</translation>
    </message>
    <message>
        <source>The beneficiary meets every eligibility rule of the service; there is nothing to override.</source>
        <translation>المستفيد يستوفي جميع شروط استحقاق الخدمة، فلا يوجد ما يُتجاوز.</translation>
    </message>
</context>
<context>
    <name>OfficerDeskPage</name>
    <message>
        <source>Program officer&apos;s desk</source>
        <translation>مكتب مسؤول البرامج</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the lists again (F5)</source>
        <translation>قراءة القوائم من جديد (F5)</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <extracomment>a tab: the referrals waiting, with how many</extracomment>
        <translation>&amp;الإحالات (%1)</translation>
    </message>
    <message>
        <source>&amp;Eligibility review (%1)</source>
        <translation>&amp;مراجعة الاستحقاق (%1)</translation>
    </message>
    <message>
        <source>Program &amp;approvals (%1)</source>
        <translation>&amp;اعتماد البرامج (%1)</translation>
    </message>
</context>
<context>
    <name>OfficerNavigation</name>
    <message>
        <source>Officer&apos;s desk</source>
        <translation>مكتب مسؤول البرامج</translation>
    </message>
    <message>
        <source>Referrals to answer, eligibility to review, deliveries to approve (Ctrl+2)</source>
        <translation>إحالات بانتظار الرد، واستحقاق للمراجعة، وخدمات بانتظار الاعتماد (Ctrl+2)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>What is due for the beneficiaries, overdue first (Ctrl+3)</source>
        <translation>ما يستحق للمستفيدين، المتأخر أولًا (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>OfficerQueues</name>
    <message>
        <source>Could not read the program officer&apos;s queue.</source>
        <translation>تعذّرت قراءة قائمة انتظار مسؤول البرامج.</translation>
    </message>
    <message>
        <source>Could not count the referrals waiting.</source>
        <translation>تعذّر عدّ الإحالات المنتظرة.</translation>
    </message>
</context>
<context>
    <name>OrganisationDirectory</name>
    <message>
        <source>&quot;%1&quot; is already recorded as organisation %2 (%3); choose it rather than adding it again.</source>
        <translation>«%1» مسجّلة من قبل باسم الجهة %2 (%3)؛ اخترها بدلًا من إضافتها مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose the organisation to correct.</source>
        <translation>اختر الجهة المراد تصحيح بياناتها.</translation>
    </message>
</context>
<context>
    <name>OrganisationKinds</name>
    <message>
        <source>Mosque</source>
        <translation>مسجد</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>Could not update the organisation search index.</source>
        <translation>تعذّر تحديث فهرس البحث عن الجهات.</translation>
    </message>
    <message>
        <source>Could not save the organisation.</source>
        <translation>تعذّر حفظ الجهة.</translation>
    </message>
    <message>
        <source>Someone else changed this organisation after you opened it; open it again to see their changes.</source>
        <translation>عدّل شخص آخر بيانات هذه الجهة بعد أن فتحتها؛ افتحها مرة أخرى لترى تعديلاته.</translation>
    </message>
    <message>
        <source>Could not read the organisation.</source>
        <translation>تعذّرت قراءة بيانات الجهة.</translation>
    </message>
    <message>
        <source>There is no organisation number %1.</source>
        <translation>لا توجد جهة برقم %1.</translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>اسم الجهة</translation>
    </message>
    <message>
        <source>Choose what kind of organisation this is.</source>
        <translation>اختر نوع الجهة.</translation>
    </message>
    <message>
        <source>Only a government body can be the supervising authority; choose &quot;Government body&quot; as its kind.</source>
        <translation>لا تكون الجهة المشرفة إلا جهة حكومية؛ اختر «جهة حكومية» نوعًا لها.</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>The contact phone: %1</source>
        <extracomment>%1 says what is wrong with the number.</extracomment>
        <translation>هاتف التواصل: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationSearch</name>
    <message>
        <source>The search could not run.</source>
        <translation>تعذّر تنفيذ البحث.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 موجود من قبل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>تعذرت كتابة %1: %2. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; the file is as it was before.</source>
        <translation>تعذرت كتابة %1: %2. لم يُكتب شيء، والملف على حاله السابقة.</translation>
    </message>
    <message>
        <source>Cannot write %1: it was not opened.</source>
        <translation>تعذرت كتابة %1: لم يُفتح.</translation>
    </message>
    <message>
        <source>the database was not closed before it was moved into place</source>
        <translation>لم تُغلق قاعدة البيانات قبل نقلها إلى مكانها</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No output file was given.</source>
        <translation>لم يُحدَّد ملف للكتابة.</translation>
    </message>
    <message>
        <source>Cannot write %1: its folder does not exist.</source>
        <translation>تعذرت كتابة %1: مجلده غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>تعذرت كتابة %1: إنه مجلد.</translation>
    </message>
    <message>
        <source>%1 is the open database %2 (or one of its files); writing there would destroy it. Choose another file name; nothing was written.</source>
        <translation>%1 هو قاعدة البيانات المفتوحة %2 (أو أحد ملفاتها)؛ والكتابة فوقه تتلفها. اختر اسم ملف آخر؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 is a database file; Istiqbal never writes over a database. Choose another file name; nothing was written.</source>
        <translation>%1 ملف قاعدة بيانات؛ واستقبال لا يكتب فوق قاعدة بيانات أبدًا. اختر اسم ملف آخر؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 belongs to the database %2; Istiqbal never writes over a database. Choose another file name; nothing was written.</source>
        <translation>%1 تابع لقاعدة البيانات %2؛ واستقبال لا يكتب فوق قاعدة بيانات أبدًا. اختر اسم ملف آخر؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن %1 أحرف.</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>تعذّر تشغيل مكتبة كلمات المرور.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is out of memory.</source>
        <translation>تعذّرت حماية كلمة المرور: ذاكرة الجهاز غير كافية.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Nobody is signed in; sign in first.</source>
        <translation>لم يسجّل أحد الدخول؛ سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This account is disabled; an administrator can enable it again.</source>
        <translation>هذا الحساب معطَّل؛ يمكن لمدير النظام إعادة تفعيله.</translation>
    </message>
    <message>
        <source>Your account has no role yet; an administrator must give it one.</source>
        <translation>لم يُسنَد إلى حسابك أي دور بعد؛ يجب أن يسند إليه مدير النظام دورًا.</translation>
    </message>
    <message>
        <source>A receptionist</source>
        <extracomment>The subject of a refusal, &quot;%1 may not ...&quot;: who the user is.</extracomment>
        <translation>موظف الاستقبال</translation>
    </message>
    <message>
        <source>A program officer</source>
        <translation>مسؤول البرامج</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>%1 may not see the beneficiaries&apos; cases; ask the receptionist or the program officer.</source>
        <translation>ليس من صلاحية %1 الاطلاع على حالات المستفيدين؛ اطلب ذلك من موظف الاستقبال أو مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not open a case; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 فتح حالة؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not change what a case holds; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 تعديل بيانات الحالة؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not register or change a beneficiary&apos;s record; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 تسجيل مستفيد أو تعديل سجله؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not move a case to another step; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 نقل الحالة إلى خطوة أخرى؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not refer a case to the program officer; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 إحالة الحالة إلى مسؤول البرامج؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not record a service delivery; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 تسجيل تقديم الخدمة؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not record a satisfaction survey; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 تسجيل استبيان الرضا؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not record a beneficiary&apos;s withdrawal; ask the receptionist.</source>
        <translation>ليس من صلاحية %1 تسجيل انسحاب المستفيد؛ اطلب ذلك من موظف الاستقبال.</translation>
    </message>
    <message>
        <source>%1 may not answer a referral; ask the program officer.</source>
        <translation>ليس من صلاحية %1 الرد على الإحالة؛ اطلب ذلك من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not override an eligibility rule; ask the program officer.</source>
        <translation>ليس من صلاحية %1 تجاوز شرط من شروط الاستحقاق؛ اطلب ذلك من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not decide that a beneficiary is not eligible; ask the program officer.</source>
        <translation>ليس من صلاحية %1 تقرير عدم استحقاق المستفيد؛ اطلب ذلك من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not approve a service delivery; ask the program officer.</source>
        <translation>ليس من صلاحية %1 اعتماد تقديم الخدمة؛ اطلب ذلك من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not change the services, rules, documents or survey questions; ask the manager.</source>
        <translation>ليس من صلاحية %1 تعديل الخدمات أو الشروط أو المستندات أو أسئلة الاستبيان؛ اطلب ذلك من المدير.</translation>
    </message>
    <message>
        <source>%1 may not see the reports and dashboards; ask the manager.</source>
        <translation>ليس من صلاحية %1 الاطلاع على التقارير ولوحات المتابعة؛ اطلب ذلك من المدير.</translation>
    </message>
    <message>
        <source>%1 may not export the monthly report; ask the manager.</source>
        <translation>ليس من صلاحية %1 تصدير التقرير الشهري؛ اطلب ذلك من المدير.</translation>
    </message>
    <message>
        <source>%1 may not write the month&apos;s recommendations; ask the manager.</source>
        <translation>ليس من صلاحية %1 كتابة توصيات الشهر؛ اطلب ذلك من المدير.</translation>
    </message>
    <message>
        <source>%1 may not see the audit log; ask the manager or the administrator.</source>
        <translation>ليس من صلاحية %1 الاطلاع على سجل التدقيق؛ اطلب ذلك من المدير أو مدير النظام.</translation>
    </message>
    <message>
        <source>%1 may not manage users and their roles; ask the administrator.</source>
        <translation>ليس من صلاحية %1 إدارة المستخدمين وأدوارهم؛ اطلب ذلك من مدير النظام.</translation>
    </message>
    <message>
        <source>%1 may not change the association&apos;s details; ask the administrator.</source>
        <translation>ليس من صلاحية %1 تعديل بيانات الجمعية؛ اطلب ذلك من مدير النظام.</translation>
    </message>
    <message>
        <source>%1 may not make a backup copy of the database; ask the manager or the administrator.</source>
        <translation>ليس من صلاحية %1 عمل نسخة احتياطية من قاعدة البيانات؛ اطلب ذلك من المدير أو مدير النظام.</translation>
    </message>
    <message>
        <source>%1 may not restore a backup or move the database; ask the administrator.</source>
        <translation>ليس من صلاحية %1 استرجاع نسخة احتياطية أو نقل قاعدة البيانات؛ اطلب ذلك من مدير النظام.</translation>
    </message>
    <message>
        <source>%1 may not handle a person&apos;s requests about their data; ask the manager or the administrator.</source>
        <translation>ليس من صلاحية %1 معالجة طلبات الشخص بشأن بياناته؛ اطلب ذلك من المدير أو مسؤول النظام.</translation>
    </message>
    <message>
        <source>%1 may not destroy or anonymise a person&apos;s data; ask the manager.</source>
        <translation>ليس من صلاحية %1 إتلاف بيانات الشخص أو إخفاء هويته منها؛ اطلب ذلك من المدير.</translation>
    </message>
    <message>
        <source>%1 may not receive a program request or record its requester; ask the receptionist or the program officer.</source>
        <translation>لا يحق لـ%1 استلام طلب برنامج أو تسجيل مقدّمه؛ اطلب ذلك من موظف الاستقبال أو مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not study a program request or recommend on it; ask the program officer.</source>
        <translation>لا يحق لـ%1 دراسة طلب برنامج أو التوصية فيه؛ اطلب ذلك من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not inform a requester or run a program; ask the program officer.</source>
        <translation>لا يحق لـ%1 إبلاغ مقدّم الطلب أو تنفيذ برنامج؛ اطلب ذلك من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>%1 may not record the decision on a program request; ask the manager.</source>
        <translation>لا يحق لـ%1 تسجيل القرار في طلب برنامج؛ اطلب ذلك من المدير.</translation>
    </message>
</context>
<context>
    <name>PersonCopyDesk</name>
    <message>
        <source>The copy is written as PDF or JSON: give the file a name ending in .pdf or .json.</source>
        <translation>تُكتب النسخة بصيغة PDF أو JSON: اجعل اسم الملف ينتهي بـ ‎.pdf أو ‎.json.</translation>
    </message>
    <message>
        <source>Could not write the copy to %1.</source>
        <translation>تعذّرت كتابة النسخة في %1.</translation>
    </message>
</context>
<context>
    <name>PersonCopyPdf</name>
    <message>
        <source>The system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Staff member no. %1</source>
        <translation>الموظف رقم %1</translation>
    </message>
    <message>
        <source>A copy of the data held about %1</source>
        <translation>نسخة من البيانات المحفوظة عن %1</translation>
    </message>
    <message>
        <source>Made on %1 by %2, at the person&apos;s request (Personal Data Protection Law, article 4).</source>
        <translation>أُعدّت في %1 بواسطة %2، بطلب من صاحب البيانات (نظام حماية البيانات الشخصية، المادة الرابعة).</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Given on %1 for: %2</source>
        <translation>أُعطيت في %1 لغرض: %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّلة</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>المعالجة مقيّدة</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>منذ %1: %2</translation>
    </message>
    <message>
        <source>Identifying data destroyed</source>
        <translation>أُتلفت البيانات المعرِّفة</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Documents checklist</source>
        <translation>قائمة المستندات</translation>
    </message>
    <message>
        <source>No documents recorded.</source>
        <translation>لا توجد مستندات مسجّلة.</translation>
    </message>
    <message>
        <source>Provided and verified</source>
        <translation>مقدَّم وتم التحقق منه</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>غير مقدَّم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Case %1: %2, %3</source>
        <translation>الحالة %1: %2، %3</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>استقبلها</translation>
    </message>
    <message>
        <source>Service asked for</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Data verified</source>
        <translation>تم التحقق من البيانات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Declaration signed</source>
        <translation>توقيع الإقرار</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>الإحالة:</translation>
    </message>
    <message>
        <source>%1 asked on %2: %3</source>
        <translation>سأل %1 في %2: %3</translation>
    </message>
    <message>
        <source>%1 answered on %2: %3</source>
        <translation>أجاب %1 في %2: %3</translation>
    </message>
    <message>
        <source>Eligibility decision:</source>
        <translation>قرار الأهلية:</translation>
    </message>
    <message>
        <source>%1 decided on %2 to serve despite: %3. Because: %4</source>
        <translation>قرّر %1 في %2 تقديم الخدمة رغم: %3. والسبب: %4</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التسليمات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 من 5</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>تعليق: %1</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>الاستبيان:</translation>
    </message>
    <message>
        <source>declined on %1</source>
        <translation>اعتذر عنه في %1</translation>
    </message>
    <message>
        <source>on %1. %2</source>
        <translation>في %1. %2</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>لا توجد حالات.</translation>
    </message>
    <message>
        <source>Requests about the data</source>
        <translation>الطلبات المتعلقة بالبيانات</translation>
    </message>
    <message>
        <source>No requests recorded.</source>
        <translation>لا توجد طلبات مسجّلة.</translation>
    </message>
    <message>
        <source>Open, due %1</source>
        <translation>مفتوح، موعده %1</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>أُغلق في %1: %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Corrections of the record</source>
        <translation>تصحيحات السجل</translation>
    </message>
    <message>
        <source>No correction since the record was made.</source>
        <translation>لم يُصحَّح السجل منذ إنشائه.</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>غير محفوظة</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Who saw or changed the data</source>
        <translation>من اطّلع على البيانات أو غيّرها</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>between when a case was received and how (visit, call, letter)
----------
between a survey&apos;s answers</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 AH (%2)</source>
        <extracomment>An anonymised record&apos;s birth year: the Hijri year as written, then the Gregorian</extracomment>
        <translation>%1هـ (%2م)</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>The reason for restricting the record</source>
        <translation>سبب تقييد السجل</translation>
    </message>
    <message>
        <source>What they asked or came for, in their cases</source>
        <translation>ما سأل عنه أو جاء من أجله، في حالاته</translation>
    </message>
    <message>
        <source>Answers given at the desk</source>
        <translation>الإجابات المعطاة في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Reasons a case closed (not eligible, withdrawn)</source>
        <translation>أسباب إغلاق الحالة (غير مستحق، انسحب)</translation>
    </message>
    <message>
        <source>Notes on the steps of their cases</source>
        <translation>ملاحظات على خطوات حالاته</translation>
    </message>
    <message>
        <source>Questions referred to the program officer</source>
        <translation>الأسئلة المحالة إلى مسؤول البرامج</translation>
    </message>
    <message>
        <source>The program officer&apos;s answers</source>
        <translation>إجابات مسؤول البرامج</translation>
    </message>
    <message>
        <source>Notes on deliveries</source>
        <translation>ملاحظات التسليم</translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation>تعليقات الاستبيان</translation>
    </message>
    <message>
        <source>Reasons for overriding the eligibility rules</source>
        <translation>أسباب تجاوز شروط الاستحقاق</translation>
    </message>
    <message>
        <source>Notes on follow-ups done</source>
        <translation>ملاحظات المتابعات المنجزة</translation>
    </message>
    <message>
        <source>Details of their data requests</source>
        <translation>تفاصيل طلباته بشأن بياناته</translation>
    </message>
    <message>
        <source>What was done about their data requests</source>
        <translation>ما تم بشأن طلباته المتعلقة ببياناته</translation>
    </message>
    <message>
        <source>Search keys made from the names</source>
        <translation>مفاتيح البحث المأخوذة من الأسماء</translation>
    </message>
    <message>
        <source>Values kept from corrections and restrictions</source>
        <translation>القيم المحفوظة من التصحيحات والتقييد</translation>
    </message>
    <message>
        <source>Could not read the beneficiary.</source>
        <translation>تعذرت قراءة بيانات المستفيد.</translation>
    </message>
    <message>
        <source>There is no beneficiary with record number %1.</source>
        <translation>لا يوجد مستفيد برقم السجل %1.</translation>
    </message>
    <message>
        <source>%1 names more than one record; give the record number instead (#%2 or #%3).</source>
        <translation>يدل %1 على أكثر من سجل؛ أعطِ رقم السجل بدلاً منه (‎#%2 أو ‎#%3).</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Birth date (the year is kept)</source>
        <translation>تاريخ الميلاد (تُبقى السنة)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>This beneficiary&apos;s record was already anonymised on %1.</source>
        <translation>أُخفيت هوية سجل هذا المستفيد من قبل في %1.</translation>
    </message>
    <message>
        <source>Could not anonymise the beneficiary&apos;s record.</source>
        <translation>تعذر إخفاء هوية سجل المستفيد.</translation>
    </message>
    <message>
        <source>Could not write the log of changes into the database file.</source>
        <translation>تعذرت كتابة سجل التغييرات في ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The log of changes could not be emptied into the database file now: another connection is reading it.</source>
        <translation>تعذر تفريغ سجل التغييرات في ملف قاعدة البيانات الآن: اتصال آخر يقرؤه.</translation>
    </message>
    <message>
        <source>Programs they asked for, in their words</source>
        <translation>البرامج التي طلبها بكلماته</translation>
    </message>
    <message>
        <source>The audience of programs they asked for</source>
        <translation>الفئة المستهدفة في البرامج التي طلبها</translation>
    </message>
    <message>
        <source>The place of programs they asked for</source>
        <translation>مكان البرامج التي طلبها</translation>
    </message>
    <message>
        <source>Who signed the declaration on their program requests</source>
        <translation>موقّع الإقرار في طلبات البرامج التي قدّمها</translation>
    </message>
</context>
<context>
    <name>PersonEvents</name>
    <message>
        <source>Could not read the audit log.</source>
        <translation>تعذّرت قراءة سجل التدقيق.</translation>
    </message>
    <message>
        <source>Could not read the cases received.</source>
        <translation>تعذّرت قراءة الحالات الواردة.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>City and district</source>
        <translation>المدينة والحي</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Consent to use the data</source>
        <translation>الموافقة على استخدام البيانات</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>ID type, then the number, e.g. &quot;National ID 1000000008&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PersonRightsBar</name>
    <message>
        <source>Privacy notice…</source>
        <translation>إشعار الخصوصية…</translation>
    </message>
    <message>
        <source>Print the privacy notice for this person, or save it as PDF</source>
        <translation>اطبع إشعار الخصوصية لهذا الشخص أو احفظه بصيغة PDF</translation>
    </message>
    <message>
        <source>Data requests…</source>
        <translation>طلبات البيانات…</translation>
    </message>
    <message>
        <source>This person&apos;s requests about their data, where a new one can be recorded</source>
        <translation>طلبات هذا الشخص بشأن بياناته، ومنها يُسجَّل طلب جديد</translation>
    </message>
</context>
<context>
    <name>PersonalValues</name>
    <message>
        <source>Could not keep the changed values.</source>
        <translation>تعذّر حفظ القيم المعدّلة.</translation>
    </message>
    <message>
        <source>Could not read the changed values.</source>
        <translation>تعذّرت قراءة القيم المعدّلة.</translation>
    </message>
    <message>
        <source>Could not destroy the changed values.</source>
        <translation>تعذّر إتلاف القيم المعدّلة.</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <source>PostgreSQL&apos;s tools are for a database on a server.</source>
        <translation>أدوات PostgreSQL لقاعدة بيانات على خادم.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 is not installed on this computer (or not on the PATH). Install the %2 package of version %3 or newer (Debian: sudo apt install %2), then run the command again.</source>
        <translation>البرنامج %1 من PostgreSQL غير مثبّت على هذا الحاسوب (أو ليس في مسار PATH). ثبّت الحزمة %2 بالإصدار %3 أو أحدث (في دبيان: sudo apt install %2)، ثم شغّل الأمر مرة أخرى.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 here is version %2 but the server is version %3: install the %4 package of version %3 or newer (see apt.postgresql.org), then run the command again.</source>
        <translation>البرنامج %1 من PostgreSQL هنا بالإصدار %2 والخادم بالإصدار %3: ثبّت الحزمة %4 بالإصدار %3 أو أحدث (انظر apt.postgresql.org)، ثم شغّل الأمر مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not make a private temporary folder for the password: %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت خاص لكلمة المرور: %1</translation>
    </message>
    <message>
        <source>Could not write the password file for PostgreSQL&apos;s tools: %1</source>
        <translation>تعذّرت كتابة ملف كلمة المرور لأدوات PostgreSQL: %1</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 was not looked for.</source>
        <translation>لم يُبحث عن البرنامج %1 من PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 could not be started: %2</source>
        <translation>تعذّر تشغيل البرنامج %1 من PostgreSQL: %2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 failed: %2</source>
        <translation>فشل البرنامج %1 من PostgreSQL: %2</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>رقم الهاتف فارغ.</translation>
    </message>
    <message>
        <source>The mobile prefix %1 is not in the numbering data Istiqbal has (from 2022): it may be new. Check the number with the beneficiary; it is kept as typed.</source>
        <translation>بادئة الجوال %1 ليست في بيانات الترقيم التي لدى استقبال (من عام 2022)، وقد تكون جديدة. تحقّق من الرقم مع المستفيد؛ يُحفظ كما كُتب.</translation>
    </message>
    <message>
        <source>A phone number has only digits, with spaces, dashes, dots or brackets between them (a + may start the country code).</source>
        <translation>رقم الهاتف أرقام فقط، وقد تفصل بينها مسافات أو شرطات أو نقاط أو أقواس (وقد تسبق علامة + رمز الدولة).</translation>
    </message>
    <message>
        <source>a Saudi mobile number is 05 and 8 digits (0501234567), or the same without the 0 (501234567) or with +966 instead of it</source>
        <translation>رقم الجوال السعودي هو 05 ثم 8 أرقام (0501234567)، أو مثله بلا الصفر (501234567) أو مع +966 بدلًا من الصفر</translation>
    </message>
    <message>
        <source>a Saudi landline number is 0, the area code (11, 12, 13, 14, 16 or 17) and 7 digits (0112345678), or the same without the 0 (112345678) or with +966 instead of it</source>
        <translation>رقم الهاتف الثابت السعودي هو 0 ثم رمز المنطقة (11 أو 12 أو 13 أو 14 أو 16 أو 17) ثم 7 أرقام (0112345678)، أو مثله بلا الصفر (112345678) أو مع +966 بدلًا من الصفر</translation>
    </message>
    <message>
        <source>%1 is a service number (toll-free 800, unified 9200, premium 92 or the like), which reaches no person: give the beneficiary&apos;s mobile or landline number.</source>
        <translation>%1 رقم خدمة (مجاني 800 أو موحّد 9200 أو مميّز 92 أو نحوها) لا يصل إلى شخص بعينه: اكتب رقم جوال المستفيد أو هاتفه الثابت.</translation>
    </message>
    <message>
        <source>The phone number is too short: %1.</source>
        <translation>رقم الهاتف قصير جدًا: %1.</translation>
    </message>
    <message>
        <source>No country has the code that follows + or 00 here: a number from abroad is + (or 00), the country code and the number without its leading 0, such as +20 100 123 4567.</source>
        <translation>لا توجد دولة برمز الدولة الذي يلي + أو 00 هنا: الرقم من خارج المملكة هو + (أو 00) ثم رمز الدولة ثم الرقم بلا الصفر في أوله، مثل +20 100 123 4567.</translation>
    </message>
    <message>
        <source>The number from abroad is too short: it is + (or 00), the country code and the whole number.</source>
        <translation>الرقم من خارج المملكة قصير جدًا: هو + (أو 00) ثم رمز الدولة ثم الرقم كاملًا.</translation>
    </message>
    <message>
        <source>The number from abroad is too long: it is + (or 00), the country code and the number, at most 15 digits.</source>
        <translation>الرقم من خارج المملكة طويل جدًا: هو + (أو 00) ثم رمز الدولة ثم الرقم، في 15 رقمًا على الأكثر.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1: check its digits (+ or 00, the country code, then the number without its leading 0).</source>
        <translation>هذا ليس رقم هاتف صحيحًا في %1: تحقّق من أرقامه (+ أو 00 ثم رمز الدولة ثم الرقم بلا الصفر في أوله).</translation>
    </message>
    <message>
        <source>The mobile number is too short: %1.</source>
        <translation>رقم الجوال قصير جدًا: %1.</translation>
    </message>
    <message>
        <source>The mobile number is too long: %1.</source>
        <translation>رقم الجوال طويل جدًا: %1.</translation>
    </message>
    <message>
        <source>Saudi Arabia has no landline area code 0%1: the area codes are 011, 012, 013, 014, 016 and 017.</source>
        <translation>لا يوجد في المملكة رمز منطقة للهاتف الثابت 0%1: رموز المناطق هي 011 و012 و013 و014 و016 و017.</translation>
    </message>
    <message>
        <source>The landline number is too short: %1.</source>
        <translation>رقم الهاتف الثابت قصير جدًا: %1.</translation>
    </message>
    <message>
        <source>The landline number is too long: %1.</source>
        <translation>رقم الهاتف الثابت طويل جدًا: %1.</translation>
    </message>
    <message>
        <source>The landline number %1 is not in a block of numbers in use in area code 0%2: check the number.</source>
        <translation>رقم الهاتف الثابت %1 ليس ضمن مجموعة أرقام مستخدمة في رمز المنطقة 0%2: تحقّق من الرقم.</translation>
    </message>
    <message>
        <source>This is not a Saudi mobile or landline number: %1; %2. A number from abroad starts with + or 00 and its country code.</source>
        <translation>هذا ليس رقم جوال ولا هاتف ثابت سعوديًا: %1؛ %2. الرقم من خارج المملكة يبدأ بعلامة + أو 00 ثم رمز الدولة.</translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>Mobile number %1.</source>
        <translation>رقم جوال: %1.</translation>
    </message>
    <message>
        <source>Landline number %1.</source>
        <translation>رقم هاتف ثابت: %1.</translation>
    </message>
    <message>
        <source>A Saudi mobile number has 10 digits: 05XXXXXXXX.</source>
        <translation>رقم الجوال السعودي من ١٠ أرقام: 05XXXXXXXX.</translation>
    </message>
    <message>
        <source>Number from abroad %1.</source>
        <translation>رقم من خارج المملكة %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>{association} keeps the personal data of the people it serves. This notice says what it keeps, why, who receives it, for how long, and what your rights are under the Personal Data Protection Law.</source>
        <translation>تحتفظ {association} بالبيانات الشخصية لمن تخدمهم. يبيّن هذا الإشعار ما تحتفظ به، ولماذا، ومن يطّلع عليه، وإلى متى، وما حقوقك بموجب نظام حماية البيانات الشخصية.</translation>
    </message>
    <message>
        <source>What we collect</source>
        <translation>ما نجمعه</translation>
    </message>
    <message>
        <source>Your name, your national ID or iqama number, your phone number, your birth date, your city and district, the size and monthly income of your family, which documents you provided (we note that you showed them; we keep no copies of identity cards), and each of your visits, requests and the services you received, with their dates.</source>
        <translation>اسمك، ورقم هويتك الوطنية أو إقامتك، ورقم جوالك، وتاريخ ميلادك، ومدينتك وحيّك، وعدد أفراد أسرتك ودخلها الشهري، والمستندات التي قدّمتها (نسجّل أنك أبرزتها، ولا نحتفظ بصور بطاقات الهوية)، وكل زيارة وطلب وخدمة حصلت عليها مع تواريخها.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Only for the purpose you consented to: to decide on and provide the association&apos;s services, to follow them up with you, and to count them in figures that name no one. We ask only for what a service needs.</source>
        <translation>للغرض الذي وافقت عليه فقط: البتّ في خدمات الجمعية وتقديمها، ومتابعتها معك، وعدّها في أرقام لا تُسمّي أحدًا. ولا نطلب إلا ما تحتاجه الخدمة.</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>من يطّلع عليها</translation>
    </message>
    <message>
        <source>The association&apos;s staff who handle your requests, each seeing only what their work needs; every look at your file and every change is recorded. Figures that name no one go to the authorities that supervise the association. Nothing is sold or given to anyone else unless a law requires it.</source>
        <translation>موظفو الجمعية الذين يتولّون طلباتك، ولا يرى كلٌّ منهم إلا ما يحتاجه عمله؛ وتُسجَّل كل نظرة إلى ملفك وكل تعديل عليه. وتُرسل إلى الجهات المشرفة على الجمعية أرقام لا تُسمّي أحدًا. ولا يُباع شيء منها ولا يُعطى لغيرهم إلا إذا أوجب ذلك نظام.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>مدة الاحتفاظ بها</translation>
    </message>
    <message>
        <source>While you are served, then for the retention period the association has set after your last closed case. After that your data is destroyed, and only figures that identify no one are kept.</source>
        <translation>طوال مدة خدمتك، ثم مدة الاحتفاظ التي حددتها الجمعية بعد آخر حالة مغلقة لك. وبعد ذلك تُتلف بياناتك، ولا يبقى إلا أرقام لا تدل على أحد.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>You may ask for a copy of your data; for the correction of anything wrong or incomplete; for its destruction when it is no longer needed; for its use to be restricted while a disagreement is settled; and you may withdraw your consent at any time (a service that needs the data may then stop).</source>
        <translation>لك طلب نسخة من بياناتك؛ وطلب تصحيح ما كان منها خاطئًا أو ناقصًا؛ وإتلافها إذا انتفت الحاجة إليها؛ وتقييد استخدامها ريثما يُبتّ في خلاف؛ ولك سحب موافقتك في أي وقت (وقد تتوقف حينها خدمة تحتاج إلى البيانات).</translation>
    </message>
    <message>
        <source>How to exercise them</source>
        <translation>طريقة ممارستها</translation>
    </message>
    <message>
        <source>Ask at the association&apos;s front desk, by phone or in writing to {association} at the address above. Your request is recorded and answered within 30 days of its receipt.</source>
        <translation>يُقدَّم الطلب في مكتب استقبال الجمعية، أو بالهاتف، أو كتابةً إلى {association} على العنوان أعلاه. ويُسجَّل الطلب ويُردّ عليه خلال ٣٠ يومًا من وصوله.</translation>
    </message>
    <message>
        <source>Licence number %1</source>
        <translation>رقم الترخيص %1</translation>
    </message>
    <message>
        <source>Privacy notice: how we use your personal data</source>
        <translation>إشعار الخصوصية: كيف نستخدم بياناتك الشخصية</translation>
    </message>
    <message>
        <source>Given on %1.</source>
        <translation>سُلّم في %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDesk</name>
    <message>
        <source>The notice is too long for one page: at most %1 characters are allowed; this one has %2.</source>
        <translation>الإشعار أطول من صفحة واحدة: الحد الأقصى %1 حرفًا، وفيه %2.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeMenu</name>
    <message>
        <source>Print the privacy notice…</source>
        <translation>طباعة إشعار الخصوصية…</translation>
    </message>
    <message>
        <source>Save the privacy notice as PDF…</source>
        <translation>حفظ إشعار الخصوصية بصيغة PDF…</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticePanel</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Put the default text back</source>
        <translation>إعادة النص الافتراضي</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>حفظ الإشعار</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>The association&apos;s own text</source>
        <translation>نص الجمعية الخاص</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>النص الافتراضي</translation>
    </message>
    <message>
        <source>The default text is shown; save to use it.</source>
        <translation>يظهر النص الافتراضي؛ احفظ لاعتماده.</translation>
    </message>
    <message>
        <source>The privacy notice is saved.</source>
        <translation>حُفظ إشعار الخصوصية.</translation>
    </message>
    <message>
        <source>The notice the desk gives a person when their consent is recorded: what is kept, why, who receives it, how long, and their rights. Paragraphs are apart by an empty line; a line starting with &quot;# &quot; is a heading; {association} stands for the association&apos;s name. The association&apos;s name, licence number and address head the page. One text serves every reader: in Arabic, write it so that it speaks to a man and a woman alike (the default text does).</source>
        <translation>الإشعار الذي يسلّمه مكتب الاستقبال للشخص عند تسجيل موافقته: ما يُحفظ، ولماذا، ومن يطّلع عليه، وإلى متى، وحقوقه. يُفصل بين الفقرات بسطر فارغ؛ والسطر الذي يبدأ بـ &quot;# &quot; عنوان؛ و{association} تعني اسم الجمعية. ويتصدّر الصفحةَ اسمُ الجمعية ورقم ترخيصها وعنوانها. نصّ واحد لكل قارئ: اكتبه بالعربية بحيث يخاطب الرجل والمرأة على السواء (كما يفعل النص الافتراضي).</translation>
    </message>
</context>
<context>
    <name>ProcessingRestriction</name>
    <message>
        <source>This person&apos;s data was destroyed on %1; the record serves only the figures.</source>
        <translation>أُتلفت بيانات هذا الشخص في %1؛ ولا يخدم سجله إلا الأرقام والإحصاءات.</translation>
    </message>
    <message>
        <source>The processing of %1&apos;s data is restricted since %2 (%3): it can be seen but not used until the manager or the administrator lifts the restriction.</source>
        <translation>معالجة بيانات %1 مقيّدة منذ %2 (%3): يمكن الاطلاع عليها دون استعمالها حتى يرفع المدير أو مسؤول النظام التقييد.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>اكتب السبب.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters; shorten it.</source>
        <translation>السبب أطول من %1 حرفًا؛ اختصره.</translation>
    </message>
</context>
<context>
    <name>ProgramKindCatalogue</name>
    <message>
        <source>Another program kind is already called &quot;%1&quot;.</source>
        <translation>يوجد نوع برنامج آخر باسم «%1».</translation>
    </message>
    <message>
        <source>Choose the program kind to change.</source>
        <translation>اختر نوع البرنامج المراد تعديله.</translation>
    </message>
</context>
<context>
    <name>ProgramKindRepository</name>
    <message>
        <source>Could not read the program kinds.</source>
        <translation>تعذّرت قراءة أنواع البرامج.</translation>
    </message>
    <message>
        <source>There is no program kind number %1.</source>
        <translation>لا يوجد نوع برنامج برقم %1.</translation>
    </message>
    <message>
        <source>Could not save the program kind.</source>
        <translation>تعذّر حفظ نوع البرنامج.</translation>
    </message>
    <message>
        <source>Someone else changed this program kind after you opened it; open it again to see their changes.</source>
        <translation>عدّل شخص آخر نوع البرنامج هذا بعد أن فتحته؛ افتحه مرة أخرى لترى تعديلاته.</translation>
    </message>
</context>
<context>
    <name>ProgramKinds</name>
    <message>
        <source>The Arabic name of the program kind</source>
        <translation>الاسم العربي لنوع البرنامج</translation>
    </message>
    <message>
        <source>The English name of the program kind</source>
        <translation>الاسم الإنجليزي لنوع البرنامج</translation>
    </message>
</context>
<context>
    <name>ProgramRequestDesk</name>
    <message>
        <source>The program kind &quot;%1&quot; is no longer offered; choose another or describe the program in words.</source>
        <translation>نوع البرنامج «%1» لم يعد مُتاحًا؛ اختر نوعًا آخر أو صِف البرنامج بالكلمات.</translation>
    </message>
</context>
<context>
    <name>ProgramRequestFlow</name>
    <message>
        <source>Received</source>
        <translation>مستلَم</translation>
    </message>
    <message>
        <source>Declaration signed</source>
        <translation>وُقّع الإقرار</translation>
    </message>
    <message>
        <source>Under study</source>
        <translation>قيد الدراسة</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>أُوصي فيه</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>صدر القرار</translation>
    </message>
    <message>
        <source>Requester informed</source>
        <translation>أُبلغ مقدّم الطلب</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>لم يصدر قرار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Approved with changes</source>
        <translation>معتمد مع تعديلات</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Program request %1 is closed: it cannot become &quot;%2&quot;.</source>
        <translation>طلب البرنامج %1 مغلق: لا يمكن أن يصبح «%2».</translation>
    </message>
    <message>
        <source>Program request %1 is &quot;%2&quot;: it cannot become &quot;%3&quot; now; its next step is &quot;%4&quot;.</source>
        <extracomment>%2 and %3 are states, e.g. &quot;Received&quot; and &quot;Decided&quot;; %4 the state that may come next.</extracomment>
        <translation>طلب البرنامج %1 حالته «%2»: لا يمكن أن يصبح «%3» الآن؛ خطوته التالية «%4».</translation>
    </message>
    <message>
        <source>Program request %1 has no decision recorded yet: there is nothing to inform the requester of.</source>
        <translation>لم يُسجَّل قرار في طلب البرنامج %1 بعد: لا يوجد ما يُبلَّغ به مقدّم الطلب.</translation>
    </message>
</context>
<context>
    <name>ProgramRequestRepository</name>
    <message>
        <source>Could not read the program requests.</source>
        <translation>تعذّرت قراءة طلبات البرامج.</translation>
    </message>
    <message>
        <source>Could not save the program request.</source>
        <translation>تعذّر حفظ طلب البرنامج.</translation>
    </message>
    <message>
        <source>There is no program request number %1.</source>
        <translation>لا يوجد طلب برنامج برقم %1.</translation>
    </message>
    <message>
        <source>Could not record the declaration.</source>
        <translation>تعذّر تسجيل الإقرار.</translation>
    </message>
    <message>
        <source>Program request %1 was changed by someone else after you opened it; open it again.</source>
        <translation>عدّل شخص آخر طلب البرنامج %1 بعد أن فتحته؛ افتحه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ProgramRequestRules</name>
    <message>
        <source>Enter the first proposed day as well as the last.</source>
        <translation>أدخل أول يوم مقترح مع آخر يوم.</translation>
    </message>
    <message>
        <source>The proposed day %1 is before the request was received (%2); check it.</source>
        <translation>اليوم المقترح %1 قبل استلام الطلب (%2)؛ تحقّق منه.</translation>
    </message>
    <message>
        <source>The last proposed day %1 is before the first (%2); check them.</source>
        <translation>آخر يوم مقترح %1 قبل أول يوم (%2)؛ تحقّق منهما.</translation>
    </message>
    <message>
        <source>The proposed day %1 is more than two years ahead; check it.</source>
        <translation>اليوم المقترح %1 بعد أكثر من سنتين؛ تحقّق منه.</translation>
    </message>
    <message>
        <source>The letter&apos;s number</source>
        <translation>رقم الخطاب</translation>
    </message>
    <message>
        <source>Enter the date of letter %1 as well as its number.</source>
        <translation>أدخل تاريخ الخطاب %1 مع رقمه.</translation>
    </message>
    <message>
        <source>The letter cannot be dated after today (%1); check the date %2.</source>
        <translation>لا يمكن أن يكون تاريخ الخطاب بعد اليوم (%1)؛ تحقّق من التاريخ %2.</translation>
    </message>
    <message>
        <source>The letter&apos;s date %1 is more than two years ago; check it.</source>
        <translation>تاريخ الخطاب %1 قبل أكثر من سنتين؛ تحقّق منه.</translation>
    </message>
    <message>
        <source>At most %1 attachments can be listed; this request has %2.</source>
        <translation>يمكن إدراج %1 مرفقًا على الأكثر؛ وفي هذا الطلب %2.</translation>
    </message>
    <message>
        <source>An attachment&apos;s name</source>
        <translation>اسم المرفق</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is listed twice; list it once.</source>
        <translation>المرفق «%1» مُدرج مرتين؛ أدرجه مرة واحدة.</translation>
    </message>
    <message>
        <source>Choose who asks: an organisation or a person.</source>
        <translation>اختر مقدّم الطلب: جهة أو شخص.</translation>
    </message>
    <message>
        <source>A request comes from one requester: an organisation or a person, not both.</source>
        <translation>للطلب مقدّم واحد: جهة أو شخص، لا الاثنان معًا.</translation>
    </message>
    <message>
        <source>Choose how the request was received.</source>
        <translation>اختر طريقة استلام الطلب.</translation>
    </message>
    <message>
        <source>Choose the kind of program asked for, or describe it in words.</source>
        <translation>اختر نوع البرنامج المطلوب، أو صِفه بالكلمات.</translation>
    </message>
    <message>
        <source>The program asked for</source>
        <translation>البرنامج المطلوب</translation>
    </message>
    <message>
        <source>The audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>The expected participants must be between 0 (not stated) and %1; this is %2.</source>
        <translation>يجب أن يكون عدد المشاركين المتوقع بين 0 (غير محدد) و%1؛ وهنا %2.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The name of whoever signed the declaration</source>
        <translation>اسم موقّع الإقرار</translation>
    </message>
    <message>
        <source>Enter the day the declaration was signed.</source>
        <translation>أدخل يوم توقيع الإقرار.</translation>
    </message>
    <message>
        <source>The declaration cannot be signed after today (%1); check the date %2.</source>
        <translation>لا يمكن أن يكون الإقرار موقّعًا بعد اليوم (%1)؛ تحقّق من التاريخ %2.</translation>
    </message>
    <message>
        <source>The declaration&apos;s date %1 is before the request was received (%2); check it.</source>
        <translation>تاريخ الإقرار %1 قبل استلام الطلب (%2)؛ تحقّق منه.</translation>
    </message>
    <message>
        <source>The expected participants &quot;%1&quot; %2.</source>
        <extracomment>%1 is what was typed, %2 what is wrong with it (&quot;is not a number&quot;).</extracomment>
        <translation>عدد المشاركين المتوقع «%1» %2.</translation>
    </message>
</context>
<context>
    <name>ReceptionDesk</name>
    <message>
        <source>This answer is no longer offered by the catalogue; choose another.</source>
        <translation>لم تعد هذه الإجابة معتمدة في الدليل؛ اختر غيرها.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>The visit</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;قناة التواصل:</translation>
    </message>
    <message>
        <source>&amp;Purpose of the visit:</source>
        <translation>&amp;الغرض من المراجعة:</translation>
    </message>
    <message>
        <source>What the visitor &amp;asks for:</source>
        <translation>&amp;طلب المراجع:</translation>
    </message>
    <message>
        <source>In a few words, as the visitor puts it</source>
        <translation>بكلمات قليلة كما يذكرها المراجع</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>وقت الوصول:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>استقبله:</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>رقم الانتظار</translation>
    </message>
    <message>
        <source>Print the &amp;ticket…</source>
        <translation>&amp;طباعة رقم الانتظار…</translation>
    </message>
    <message>
        <source>Print the visitor&apos;s queue ticket (Ctrl+P)</source>
        <translation>طباعة بطاقة رقم الانتظار للمراجع (Ctrl+P)</translation>
    </message>
    <message>
        <source>Inquiry answered at the desk</source>
        <translation>استفسار أُجيب عنه في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>When the question is answered here, write the answer: the case goes straight to the satisfaction survey.</source>
        <translation>إذا أُجيب عن السؤال هنا فاكتب الإجابة: تنتقل الحالة مباشرة إلى قياس رضا المستفيد.</translation>
    </message>
    <message>
        <source>The answer given to the visitor</source>
        <translation>الإجابة التي قُدّمت للمراجع</translation>
    </message>
    <message>
        <source>Answered: &amp;go to the survey</source>
        <translation>&amp;تمت الإجابة: الانتقال إلى الاستبيان</translation>
    </message>
    <message>
        <source>Record the answer and go to the satisfaction survey (Ctrl+Shift+Enter)</source>
        <translation>تسجيل الإجابة والانتقال إلى قياس الرضا (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>The visitor&apos;s number for today.</source>
        <translation>رقم المراجع لهذا اليوم.</translation>
    </message>
    <message>
        <source>A walk-in (interview) gets the day&apos;s next number when the case opens.</source>
        <translation>يحصل المراجع الحاضر (المقابلة) على رقم الانتظار التالي لليوم عند فتح الحالة.</translation>
    </message>
    <message>
        <source>Only walk-ins (interview) get a queue number.</source>
        <translation>رقم الانتظار للمراجعين الحاضرين (المقابلة) فقط.</translation>
    </message>
    <message>
        <source>%1 (recorded when the case opens)</source>
        <extracomment>the arrival time of a visitor whose case is not opened yet</extracomment>
        <translation>%1 (يُسجَّل عند فتح الحالة)</translation>
    </message>
    <message>
        <source>Only walk-ins (interview) get a queue number to print.</source>
        <translation>لا يُطبع رقم انتظار إلا للمراجعين الحاضرين (المقابلة).</translation>
    </message>
    <message>
        <source>Write the answer given to the visitor first.</source>
        <translation>اكتب أولاً الإجابة التي قُدّمت للمراجع.</translation>
    </message>
    <message>
        <source>Approved answers</source>
        <translation>الإجابات المعتمدة</translation>
    </message>
    <message>
        <source>&amp;Give this answer</source>
        <translation>&amp;أعطِ هذه الإجابة</translation>
    </message>
    <message>
        <source>Record on the case that this approved answer was given to the visitor (Ctrl+G, or Enter in the list)</source>
        <translation>سجّل في الحالة أن هذه الإجابة المعتمدة أُعطيت للمراجع (Ctrl+G، أو Enter في القائمة)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>where an approved answer comes from, after the answer</extracomment>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Type what the visitor asks: the association&apos;s approved answers that match it are listed here.</source>
        <translation>اكتب ما يسأل عنه المراجع: تظهر هنا إجابات الجمعية المعتمدة التي تطابقه.</translation>
    </message>
    <message>
        <source>No approved answer matches these words. If the procedure is unclear, refer the case to the program officer.</source>
        <translation>لا توجد إجابة معتمدة تطابق هذه الكلمات. إن لم يكن الإجراء واضحًا فأحِل الحالة إلى مسؤول البرامج.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved answer(s) match what the visitor asks.</source>
        <translation>
            <numerusform>لا توجد إجابة معتمدة تطابق سؤال المراجع.</numerusform>
            <numerusform>إجابة معتمدة واحدة تطابق سؤال المراجع.</numerusform>
            <numerusform>إجابتان معتمدتان تطابقان سؤال المراجع.</numerusform>
            <numerusform>%n إجابات معتمدة تطابق سؤال المراجع.</numerusform>
            <numerusform>%n إجابة معتمدة تطابق سؤال المراجع.</numerusform>
            <numerusform>%n إجابة معتمدة تطابق سؤال المراجع.</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved answer given on this case yet.</source>
        <translation>لم تُعطَ إجابة معتمدة في هذه الحالة بعد.</translation>
    </message>
    <message>
        <source>Answers given on this case: %1</source>
        <translation>الإجابات المعطاة في هذه الحالة: %1</translation>
    </message>
    <message>
        <source>Choose an approved answer in the list first.</source>
        <translation>اختر إجابة معتمدة من القائمة أولًا.</translation>
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>Could not read the recommendations.</source>
        <translation>تعذّرت قراءة التوصيات.</translation>
    </message>
    <message>
        <source>The recommendations need the month they are for.</source>
        <translation>يجب تحديد الشهر الذي تخصّه التوصيات.</translation>
    </message>
    <message>
        <source>Could not save the recommendations.</source>
        <translation>تعذّر حفظ التوصيات.</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Question for the program officer</source>
        <translation>السؤال الموجّه لمسؤول البرامج</translation>
    </message>
    <message>
        <source>What is not clear about the procedure or the visitor&apos;s request</source>
        <translation>ما الذي لم يتضح في الإجراءات أو في طلب المراجع</translation>
    </message>
    <message>
        <source>&amp;Send to the program officer</source>
        <translation>&amp;إرسال إلى مسؤول البرامج</translation>
    </message>
    <message>
        <source>Send the question; the case waits for the answer (Ctrl+Enter)</source>
        <translation>إرسال السؤال؛ تنتظر الحالة الرد (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The program officer&apos;s answer</source>
        <translation>ردّ مسؤول البرامج</translation>
    </message>
    <message>
        <source>This case has not been referred.</source>
        <translation>لم تُحَل هذه الحالة.</translation>
    </message>
    <message>
        <source>Waiting for the program officer since %1 (%2). Press F5 to see whether the answer has come.</source>
        <translation>بانتظار مسؤول البرامج منذ %1 (%2). اضغط F5 لمعرفة ما إذا وصل الرد.</translation>
    </message>
    <message>
        <source>Answered by %1, %2.</source>
        <translation>أجاب %1، %2.</translation>
    </message>
    <message>
        <source>The program officer has answered: Ctrl+Enter takes the case back to %1.</source>
        <translation>أجاب مسؤول البرامج: يعيد Ctrl+Enter الحالة إلى خطوة «%1».</translation>
    </message>
    <message>
        <source>The program officer&apos;s answer was picked up.</source>
        <translation>تم الاطلاع على ردّ مسؤول البرامج.</translation>
    </message>
    <message>
        <source>Earlier referrals of this case:</source>
        <translation>إحالات سابقة لهذه الحالة:</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>الرد: %1</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>لم يُرَد عليها.</translation>
    </message>
    <message>
        <source>Write the question for the program officer (Ctrl+Enter: %1). The case then waits in the officer&apos;s queue until the answer comes.</source>
        <translation>اكتب السؤال لمسؤول البرامج (Ctrl+Enter: %1). وتنتظر الحالة بعدها في قائمة مسؤول البرامج حتى يصل الرد.</translation>
    </message>
    <message>
        <source>send the question</source>
        <translation>إرسال السؤال</translation>
    </message>
</context>
<context>
    <name>ReferralQueueModel</name>
    <message>
        <source>Not identified yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>لم تُختَر</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>وقت الإحالة</translation>
    </message>
</context>
<context>
    <name>ReferralQueuePanel</name>
    <message>
        <source>The referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>المستفيد:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Referred:</source>
        <translation>أُحيلت:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>What the desk should tell the beneficiary or do next</source>
        <translation>ما يبلّغه موظف الاستقبال للمستفيد أو ما يفعله بعد ذلك</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;فتح الحالة</translation>
    </message>
    <message>
        <source>&amp;Send the answer</source>
        <translation>&amp;إرسال الإجابة</translation>
    </message>
    <message>
        <source>Return the case to the desk with this answer (Ctrl+Enter)</source>
        <translation>إعادة الحالة إلى مكتب الاستقبال مع هذه الإجابة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a referral from the list.</source>
        <translation>اختر إحالة من القائمة.</translation>
    </message>
    <message>
        <source>Not identified yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>الهوية %1</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>وصلت %1</translation>
    </message>
    <message>
        <source>asked: %1</source>
        <translation>ما طلبه: %1</translation>
    </message>
    <message>
        <source>%1, from the %2 step</source>
        <translation>%1، من خطوة «%2»</translation>
    </message>
    <message>
        <source>%1 by %2, from the %3 step</source>
        <translation>%1 بواسطة %2، من خطوة «%3»</translation>
    </message>
    <message>
        <source>No referral is waiting for an answer.</source>
        <translation>لا توجد إحالة بانتظار الرد.</translation>
    </message>
    <message>
        <source>Choose the referral to answer from the list.</source>
        <translation>اختر من القائمة الإحالة التي تريد الرد عليها.</translation>
    </message>
    <message>
        <source>Answer sent: the case is back at the reception desk, where the answer is waiting.</source>
        <translation>أُرسلت الإجابة: عادت الحالة إلى مكتب الاستقبال والإجابة بانتظاره هناك.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) waiting for your answer, the oldest at the top.</source>
        <translation>
            <numerusform>لا توجد إحالات بانتظار ردك.</numerusform>
            <numerusform>إحالة واحدة بانتظار ردك.</numerusform>
            <numerusform>إحالتان بانتظار ردك، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln إحالات بانتظار ردك، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln إحالة بانتظار ردك، الأقدم في الأعلى.</numerusform>
            <numerusform>%Ln إحالة بانتظار ردك، الأقدم في الأعلى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>Could not read the referrals.</source>
        <translation>تعذّرت قراءة الإحالات.</translation>
    </message>
    <message>
        <source>Write the question for the program officer.</source>
        <translation>اكتب السؤال الموجَّه إلى مسؤول البرامج.</translation>
    </message>
    <message>
        <source>Could not save the referral.</source>
        <translation>تعذّر حفظ الإحالة.</translation>
    </message>
    <message>
        <source>Write the answer before sending it.</source>
        <translation>اكتب الرد قبل إرساله.</translation>
    </message>
    <message>
        <source>This referral has already been answered.</source>
        <translation>تم الرد على هذه الإحالة مسبقًا.</translation>
    </message>
    <message>
        <source>Could not save the answer.</source>
        <translation>تعذّر حفظ الرد.</translation>
    </message>
    <message>
        <source>This referral has not been answered yet.</source>
        <translation>لم يُرَدّ على هذه الإحالة بعد.</translation>
    </message>
    <message>
        <source>There is no referral with number %1.</source>
        <translation>لا توجد إحالة بالرقم %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s file number</source>
        <translation>رقم ملف المستفيد</translation>
    </message>
    <message>
        <source>&amp;Issue the file number</source>
        <translation>&amp;إصدار رقم الملف</translation>
    </message>
    <message>
        <source>Issue the file number: Hijri year and sequence (Ctrl+I)</source>
        <translation>إصدار رقم الملف: السنة الهجرية والتسلسل (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt…</source>
        <translation>&amp;طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Print preview of the registration receipt (Ctrl+P)</source>
        <translation>معاينة طباعة إيصال التسجيل (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the registration receipt as a PDF file (Ctrl+Shift+S)</source>
        <translation>حفظ إيصال التسجيل ملف PDF ‏(Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>حُفظ الإيصال في %1.</translation>
    </message>
    <message>
        <source>Every requirement of reception, information and verification is met.</source>
        <translation>استُوفيت جميع متطلبات الاستقبال واستيفاء المعلومات والتحقق.</translation>
    </message>
    <message>
        <source>The file number is issued once these are done:</source>
        <translation>يصدر رقم الملف بعد استيفاء ما يلي:</translation>
    </message>
    <message>
        <source>Not issued yet</source>
        <translation>لم يصدر بعد</translation>
    </message>
    <message>
        <source>Ctrl+I issues the file number (also done when moving on with Ctrl+Enter).</source>
        <translation>يصدر Ctrl+I رقم الملف (ويصدر كذلك عند الانتقال بـ Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Give the beneficiary the registration receipt (Ctrl+P).</source>
        <translation>سلّم المستفيد إيصال التسجيل (Ctrl+P).</translation>
    </message>
    <message>
        <source>File number %1 issued.</source>
        <translation>صدر رقم الملف %1.</translation>
    </message>
    <message>
        <source>Issue the file number first (Ctrl+I).</source>
        <translation>أصدر رقم الملف أولاً (Ctrl+I).</translation>
    </message>
    <message>
        <source>Give the beneficiary the registration receipt (Ctrl+P).</source>
        <comment>a woman</comment>
        <translation>سلّم المستفيدة إيصال التسجيل (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Cases by channel</source>
        <translation>الحالات حسب قناة التواصل</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>تمت خدمتها</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Outcomes of the month&apos;s cases</source>
        <translation>نتائج حالات الشهر</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Mean satisfaction by question (1 to 5)</source>
        <translation>متوسط الرضا لكل سؤال (من ١ إلى ٥)</translation>
    </message>
    <message>
        <source>Median waiting time (minutes)</source>
        <translation>وسيط مدة الانتظار (بالدقائق)</translation>
    </message>
    <message>
        <source>90th percentile (minutes)</source>
        <translation>المئين التسعون (بالدقائق)</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>يوم الشهر</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Waiting time over the days of the month</source>
        <translation>مدة الانتظار على مدى أيام الشهر</translation>
    </message>
</context>
<context>
    <name>ReportDesk</name>
    <message>
        <source>Choose the month the recommendations are for.</source>
        <translation>اختر الشهر الذي تخصّه التوصيات.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>%1 SAR</source>
        <translation>%1 ريال</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 نقطة مئوية</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Monthly summary of beneficiary relations</source>
        <translation>الملخص الشهري لعلاقات المستفيدين</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura): %1</source>
        <translation>هجري (أم القرى): %1</translation>
    </message>
    <message>
        <source>Gregorian: %1</source>
        <translation>ميلادي: %1</translation>
    </message>
    <message>
        <source>Prepared on %1. Outcomes are as they stood then.</source>
        <translation>أُعدّ في %1، والنتائج كما كانت حينها.</translation>
    </message>
    <message>
        <source>No cases were received in this month.</source>
        <translation>لم تُستقبل أي حالة في هذا الشهر.</translation>
    </message>
    <message>
        <source>There is nothing to count: no visit, call, letter or registration was recorded between the first and the last day above.</source>
        <translation>لا يوجد ما يُحصى: لم تُسجَّل زيارة ولا مكالمة ولا خطاب ولا تسجيل بين اليوم الأول واليوم الأخير المذكورين أعلاه.</translation>
    </message>
    <message>
        <source>Last month (%1): %2 cases received.</source>
        <translation>الشهر السابق (%1): استُقبلت %2 حالة.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>الحالات المستقبَلة</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>تمت خدمتها</translation>
    </message>
    <message>
        <source>Inquiries answered at the desk</source>
        <translation>استفسارات أُجيب عنها في الاستقبال</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>Median waiting time</source>
        <translation>وسيط مدة الانتظار</translation>
    </message>
    <message>
        <source>90th percentile waiting time</source>
        <translation>المئين التسعون لمدة الانتظار</translation>
    </message>
    <message>
        <source>Median service time</source>
        <translation>وسيط مدة تقديم الخدمة</translation>
    </message>
    <message>
        <source>Referrals to the program officer</source>
        <translation>الإحالات إلى مسؤول البرامج</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>الخدمات المقدَّمة</translation>
    </message>
    <message>
        <source>Eligibility overrides</source>
        <translation>الاستثناءات من شروط الاستحقاق</translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation>نسبة الاستجابة لاستبانة الرضا</translation>
    </message>
    <message>
        <source>Mean satisfaction (1 to 5)</source>
        <translation>متوسط الرضا (من ١ إلى ٥)</translation>
    </message>
    <message>
        <source>Follow-ups overdue at month end</source>
        <translation>متابعات متأخرة في نهاية الشهر</translation>
    </message>
    <message>
        <source>The month at a glance</source>
        <translation>الشهر في لمحة</translation>
    </message>
    <message>
        <source>Last month: %1.</source>
        <translation>الشهر السابق: %1.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Visit purpose</source>
        <translation>الغرض من الزيارة</translation>
    </message>
    <message>
        <source>By purpose of the visit</source>
        <translation>حسب الغرض من الزيارة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>(no reason written)</source>
        <translation>(لم يُكتب سبب)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Served: the service was given (or the inquiry answered after a referral) and the survey taken or declined. Still open: open or waiting for the program officer when this report was prepared.</source>
        <translation>تمت خدمتها: قُدّمت الخدمة (أو أُجيب عن الاستفسار بعد إحالة) وأُخذت الاستبانة أو اعتذر المستفيد عنها. ما زالت مفتوحة: مفتوحة أو بانتظار مسؤول البرامج عند إعداد هذا التقرير.</translation>
    </message>
    <message>
        <source>Step the open cases are at</source>
        <translation>المرحلة التي تقف عندها الحالات المفتوحة</translation>
    </message>
    <message>
        <source>Still open, by step</source>
        <translation>الحالات المفتوحة حسب المرحلة</translation>
    </message>
    <message>
        <source>Not eligible: the reasons</source>
        <translation>غير المستحقين: الأسباب</translation>
    </message>
    <message>
        <source>Withdrawn: the reasons</source>
        <translation>المنسحبون: الأسباب</translation>
    </message>
    <message>
        <source>Cases timed</source>
        <translation>حالات مُقاسة</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>وسيط الانتظار</translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation>المئين التسعون للانتظار</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>وسيط الخدمة</translation>
    </message>
    <message>
        <source>90th percentile service</source>
        <translation>المئين التسعون للخدمة</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>جميع القنوات</translation>
    </message>
    <message>
        <source>Waiting and service times</source>
        <translation>مدد الانتظار وتقديم الخدمة</translation>
    </message>
    <message>
        <source>Waiting runs from arrival to the start of service, service from the start to the end of the case. Medians and 90th percentiles are nearest-rank values over the cases with both times recorded; &quot;cases timed&quot; counts those with a waiting time.</source>
        <translation>يُحسب الانتظار من الوصول إلى بدء الخدمة، والخدمة من بدئها إلى انتهاء الحالة. الوسيط والمئين التسعون قيمتان بطريقة أقرب رتبة على الحالات المسجَّل لها الوقتان؛ و«حالات مُقاسة» هي الحالات التي لها مدة انتظار.</translation>
    </message>
    <message>
        <source>Referred this month</source>
        <translation>أُحيلت هذا الشهر</translation>
    </message>
    <message>
        <source>Answered so far</source>
        <translation>أُجيب عنها حتى الآن</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>وسيط مدة الإجابة</translation>
    </message>
    <message>
        <source>Unanswered at month end (referred in any month)</source>
        <translation>دون إجابة في نهاية الشهر (المُحالة في أي شهر)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>No service was delivered this month.</source>
        <translation>لم تُقدَّم أي خدمة هذا الشهر.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>مرات التقديم</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>(no service recorded)</source>
        <translation>(لم تُسجَّل خدمة)</translation>
    </message>
    <message>
        <source>Deliveries recorded this month, whichever month their case was received in.</source>
        <translation>الخدمات المسجَّل تقديمها هذا الشهر، أيًّا كان شهر استقبال حالتها.</translation>
    </message>
    <message>
        <source>Overrides of a failed eligibility rule approved by the program officer this month: %1.</source>
        <translation>الاستثناءات من شرط استحقاق لم يتحقق التي اعتمدها مسؤول البرامج هذا الشهر: %1.</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>الاستثناءات</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الاستجابات</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>استبانة رضا المستفيدين</translation>
    </message>
    <message>
        <source>Of %1 cases that reached the survey, %2 answered it (%3) and %4 declined. Mean of every answer: %5 out of 5.</source>
        <translation>من أصل %1 حالة بلغت مرحلة الاستبانة، أجابت عنها %2 حالة (%3) واعتذرت %4. متوسط جميع الإجابات: %5 من ٥.</translation>
    </message>
    <message>
        <source>No survey was answered for this month&apos;s cases.</source>
        <translation>لم يُجب عن أي استبانة لحالات هذا الشهر.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Columns 1 to 5: how many answers gave that score (5 is the most satisfied).</source>
        <translation>الأعمدة من ١ إلى ٥: عدد الإجابات التي أعطت تلك الدرجة (٥ أعلى رضا).</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>حسب الخدمة</translation>
    </message>
    <message>
        <source>No service (inquiries)</source>
        <translation>بلا خدمة (استفسارات)</translation>
    </message>
    <message>
        <source>By staff member who received the case</source>
        <translation>حسب الموظف الذي استقبل الحالة</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Times written</source>
        <translation>عدد مرات كتابتها</translation>
    </message>
    <message>
        <source>The %1 most frequent of %2 different comments (%3 in all).</source>
        <translation>أكثر %1 ملاحظات تكرارًا من أصل %2 ملاحظة مختلفة (%3 في المجموع).</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Done this month</source>
        <translation>أُنجزت هذا الشهر</translation>
    </message>
    <message>
        <source>Marked done in the list</source>
        <translation>عُلّمت منجزة في القائمة</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>متأخرة في نهاية الشهر</translation>
    </message>
    <message>
        <source>Deliveries awaiting the program officer&apos;s approval</source>
        <translation>خدمات بانتظار اعتماد مسؤول البرامج</translation>
    </message>
    <message>
        <source>Referral answers to pick up at the desk</source>
        <translation>إجابات إحالات لم يستلمها الاستقبال</translation>
    </message>
    <message>
        <source>Surveys owed, taken later by phone</source>
        <translation>استبانات مستحقة تؤخذ لاحقًا بالهاتف</translation>
    </message>
    <message>
        <source>Documents about to expire</source>
        <translation>مستندات قاربت على الانتهاء</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Overdue: still pending when the month ended although due before: an approval within %1 working days of the delivery, a survey by phone within %2 working days of reaching the survey step (for up to %3 days), a referral answer on the day it was given.</source>
        <translation>المتأخرة: ما بقي معلّقًا عند انتهاء الشهر مع أن موعده حلّ قبل ذلك: الاعتماد خلال %1 أيام عمل من تقديم الخدمة، والاستبانة الهاتفية خلال %2 أيام عمل من بلوغ مرحلة الاستبانة (ولمدة أقصاها %3 يومًا)، وإجابة الإحالة في يوم صدورها.</translation>
    </message>
    <message>
        <source>Most asked inquiries</source>
        <translation>أكثر الاستفسارات تكرارًا</translation>
    </message>
    <message>
        <source>No approved answer was recorded on this month&apos;s cases.</source>
        <translation>لم يُسجَّل أي جواب معتمد على حالات هذا الشهر.</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>الاستفسار</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>الوثيقة المرجعية</translation>
    </message>
    <message>
        <source>From the approved answers given at reception; %1 of the month&apos;s cases received at least one.</source>
        <translation>من الأجوبة المعتمدة المقدَّمة في الاستقبال؛ تلقّت %1 من حالات الشهر جوابًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>The manager&apos;s recommendations</source>
        <translation>توصيات المدير</translation>
    </message>
    <message>
        <source>No recommendations were written for this month.</source>
        <translation>لم تُكتب توصيات لهذا الشهر.</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Choose the month of the report.</source>
        <translation>اختر شهر التقرير.</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>أُلغي العمل.</translation>
    </message>
    <message>
        <source>Writing the month&apos;s cases…</source>
        <translation>جارٍ كتابة حالات الشهر…</translation>
    </message>
    <message>
        <source>Counting the month&apos;s figures…</source>
        <translation>جارٍ حساب أرقام الشهر…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>جارٍ تنسيق الصفحات…</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>جارٍ رسم الصفحة %1 من %2…</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 ليس شهرًا صحيحًا.</translation>
    </message>
    <message>
        <source>Write the month as YYYY-MM, e.g. 2025-03 (Gregorian) or 1446-09 (Hijri).</source>
        <translation>اكتب الشهر بالصيغة YYYY-MM، مثل 2025-03 (ميلادي) أو 1446-09 (هجري).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;الشهر:</translation>
    </message>
    <message>
        <source>The manager&apos;s &amp;recommendations for this month:</source>
        <translation>توصيات المدير &amp;لهذا الشهر:</translation>
    </message>
    <message>
        <source>Decisions and recommendations from this month&apos;s figures and survey results</source>
        <translation>القرارات والتوصيات المبنية على أرقام هذا الشهر ونتائج الاستبانة</translation>
    </message>
    <message>
        <source>&amp;Save recommendations</source>
        <translation>&amp;حفظ التوصيات</translation>
    </message>
    <message>
        <source>Save the recommendations of this month (Ctrl+S)</source>
        <translation>حفظ توصيات هذا الشهر (Ctrl+S)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>R&amp;efresh preview</source>
        <translation>&amp;تحديث المعاينة</translation>
    </message>
    <message>
        <source>Compute the month&apos;s figures and draw the pages again (F5)</source>
        <translation>إعادة حساب أرقام الشهر ورسم الصفحات (F5)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>حُفظت الساعة %1.</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>جارٍ إعداد معاينة %1…</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>تصدير التقرير الشهري</translation>
    </message>
    <message>
        <source>Export the month&apos;s cases</source>
        <translation>تصدير حالات الشهر</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>جداول CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>جارٍ كتابة التقرير الشهري…</translation>
    </message>
    <message>
        <source>Writing the month&apos;s cases…</source>
        <translation>جارٍ كتابة حالات الشهر…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The report of %1 was written to %2 (%3 pages).</source>
        <translation>كُتب تقرير %1 في %2 (%3 صفحات).</translation>
    </message>
    <message>
        <source>%1 cases of %2 were written to %3.</source>
        <translation>كُتبت %1 حالة من حالات %2 في %3.</translation>
    </message>
    <message>
        <source>%1: %2 cases, %3 pages.</source>
        <translation>%1: %2 حالة، %3 صفحات.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>RestrictionPanel</name>
    <message>
        <source>The processing of this person&apos;s data is restricted since %1: %2. The file can be seen, but no case can go on with it, and exports leave it out, until the restriction is lifted.</source>
        <translation>معالجة بيانات هذا الشخص مقيّدة منذ %1: %2. يمكن الاطلاع على الملف، لكن لا تُستكمل به أي حالة، ولا يدخل في التصدير، حتى يُرفع التقييد.</translation>
    </message>
    <message>
        <source>Why the restriction is lifted</source>
        <translation>سبب رفع التقييد</translation>
    </message>
    <message>
        <source>Why processing is restricted (for example, the person disputes their data)</source>
        <translation>سبب تقييد المعالجة (مثلًا: يعترض الشخص على صحة بياناته)</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>رفع التقييد</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>تقييد المعالجة</translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation>رُفع التقييد.</translation>
    </message>
    <message>
        <source>Processing is restricted.</source>
        <translation>قُيّدت المعالجة.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Lift the restriction…</source>
        <translation>رفع التقييد…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>تقييد المعالجة…</translation>
    </message>
</context>
<context>
    <name>RetentionDesk</name>
    <message>
        <source>No retention period is set: nobody&apos;s data is past it.</source>
        <translation>لم تُحدَّد مدة احتفاظ: لم تتجاوزها بيانات أحد.</translation>
    </message>
    <message>
        <source>%1 of %2 people were anonymised; then: %3</source>
        <translation>أُخفيت هوية %1 من %2 شخصاً؛ ثم: %3</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>A person&apos;s data is kept for the retention period after their last closed case (someone who never had a case: after they were registered). Past it, anonymising removes their identifying data and keeps their cases as figures. Automatic backups older than the period are removed too.</source>
        <translation>تُحفظ بيانات الشخص طوال مدة الاحتفاظ بعد آخر حالة مغلقة له (ومن لم تكن له حالة: بعد تسجيله). بعد تجاوزها يزيل إخفاء الهوية بياناته المعرِّفة ويُبقي حالاته في الأرقام. وتُحذف كذلك النسخ الاحتياطية التلقائية الأقدم من المدة.</translation>
    </message>
    <message>
        <source>Retention period in years:</source>
        <translation>مدة الاحتفاظ بالسنوات:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Anonymising this person would remove:</source>
        <translation>إخفاء هوية هذا الشخص سيزيل:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>كلمة مرورك:</translation>
    </message>
    <message>
        <source>Anonymise everyone past the period</source>
        <translation>إخفاء هوية كل من تجاوز المدة</translation>
    </message>
    <message>
        <source>Destroy the identifying data of everyone listed, one person at a time; it cannot be undone</source>
        <translation>إتلاف البيانات المعرِّفة لكل من في القائمة، شخصاً بعد شخص؛ لا يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Last case ended</source>
        <translation>انتهاء آخر حالة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا مدة</translation>
    </message>
    <message>
        <source>No retention period is set: nobody&apos;s data is past it.</source>
        <translation>لم تُحدَّد مدة احتفاظ: لم تتجاوزها بيانات أحد.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past the retention period.</source>
        <translation>
            <numerusform>لم يتجاوز أحد مدة الاحتفاظ.</numerusform>
            <numerusform>تجاوز شخص واحد مدة الاحتفاظ.</numerusform>
            <numerusform>تجاوز شخصان مدة الاحتفاظ.</numerusform>
            <numerusform>تجاوز %n أشخاص مدة الاحتفاظ.</numerusform>
            <numerusform>تجاوز %n شخصاً مدة الاحتفاظ.</numerusform>
            <numerusform>تجاوز %n شخص مدة الاحتفاظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period is saved.</source>
        <translation>حُفظت مدة الاحتفاظ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What anonymising removes: a kind of value, then how many</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Anonymising the people past the retention period…</source>
        <translation>جارٍ إخفاء هوية من تجاوزوا مدة الاحتفاظ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>Stopping after the person in hand…</source>
        <translation>سيتوقف بعد الشخص الجاري…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n person(s) anonymised; the others are still listed.</source>
        <translation>
            <numerusform>توقف: لم تُخفَ هوية أحد؛ الباقون ما زالوا في القائمة.</numerusform>
            <numerusform>توقف: أُخفيت هوية شخص واحد؛ الباقون ما زالوا في القائمة.</numerusform>
            <numerusform>توقف: أُخفيت هوية شخصين؛ الباقون ما زالوا في القائمة.</numerusform>
            <numerusform>توقف: أُخفيت هوية %n أشخاص؛ الباقون ما زالوا في القائمة.</numerusform>
            <numerusform>توقف: أُخفيت هوية %n شخصاً؛ الباقون ما زالوا في القائمة.</numerusform>
            <numerusform>توقف: أُخفيت هوية %n شخص؛ الباقون ما زالوا في القائمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>لم تُخفَ هوية أحد.</numerusform>
            <numerusform>أُخفيت هوية شخص واحد.</numerusform>
            <numerusform>أُخفيت هوية شخصين.</numerusform>
            <numerusform>أُخفيت هوية %n أشخاص.</numerusform>
            <numerusform>أُخفيت هوية %n شخصاً.</numerusform>
            <numerusform>أُخفيت هوية %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long people&apos;s data is kept</source>
        <translation>مدة الاحتفاظ ببيانات الأشخاص</translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>The retention period is a number of years from 1 to %1, or none.</source>
        <translation>مدة الاحتفاظ عدد سنوات من 1 إلى %1، أو بلا مدة.</translation>
    </message>
    <message>
        <source>Could not list the people past the retention period.</source>
        <translation>تعذر عرض الأشخاص الذين تجاوزوا مدة الاحتفاظ.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;إضافة شرط</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;حذف الشرط</translation>
    </message>
    <message>
        <source>Choose a rule in the list to set it, or add one. A service without rules accepts everyone.</source>
        <translation>اختر شرطًا من القائمة لضبطه، أو أضف شرطًا. الخدمة بلا شروط متاحة للجميع.</translation>
    </message>
    <message>
        <source>Monthly income per family &amp;member at most (riyals):</source>
        <translation>&amp;الحد الأعلى للدخل الشهري للفرد (بالريال):</translation>
    </message>
    <message>
        <source>The family&apos;s monthly income divided by the number of its members, in riyals.</source>
        <translation>الدخل الشهري للأسرة مقسومًا على عدد أفرادها، بالريال.</translation>
    </message>
    <message>
        <source>&amp;Other codes:</source>
        <translation>&amp;رموز أخرى:</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. TR, ID</source>
        <translation>رموز من حرفين، مثل TR، ID</translation>
    </message>
    <message>
        <source>&amp;Cities:</source>
        <translation>&amp;المدن:</translation>
    </message>
    <message>
        <source>Separate the cities with commas; the desk compares them ignoring spaces.</source>
        <translation>افصل بين المدن بفواصل؛ وتُقارن دون اعتبار للمسافات.</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>&amp;أدنى عمر:</translation>
    </message>
    <message>
        <source>No lower limit</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>أعلى &amp;عمر:</translation>
    </message>
    <message>
        <source>No upper limit</source>
        <translation>بلا حد أعلى</translation>
    </message>
    <message>
        <source>Completed years on the day the case is handled.</source>
        <translation>السنوات المكتملة في يوم معالجة الحالة.</translation>
    </message>
    <message>
        <source>&amp;Family members at least:</source>
        <translation>عدد أفراد الأسرة &amp;لا يقل عن:</translation>
    </message>
    <message>
        <source>Documents that must be provided and not expired. With none ticked, the service&apos;s required documents are checked.</source>
        <translation>المستندات التي يجب تقديمها سارية المفعول. إن لم يُحدَّد شيء، يُتحقق من المستندات المطلوبة للخدمة.</translation>
    </message>
    <message>
        <source>Income ceiling per family member</source>
        <translation>الحد الأعلى لدخل الفرد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Minimum family size</source>
        <translation>الحد الأدنى لأفراد الأسرة</translation>
    </message>
    <message>
        <source>Required documents valid</source>
        <translation>سريان المستندات المطلوبة</translation>
    </message>
    <message>
        <source>Nationalities the service is for</source>
        <translation>الجنسيات المشمولة بالخدمة</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Cannot read the schema version of the database.</source>
        <translation>تعذّرت قراءة إصدار بنية قاعدة البيانات.</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Istiqbal (schema %2); this version understands up to %3.</source>
        <translation>أُنشئ الملف %1 بإصدار أحدث من برنامج استقبال (البنية %2)، وهذا الإصدار يدعم حتى البنية %3.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1.</source>
        <translation>تعذّرت ترقية قاعدة البيانات إلى البنية %1.</translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم حرفين على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>عبارة المرور قصيرة جدًا: استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>لا تكفي الذاكرة لاشتقاق المفتاح من عبارة المرور.</translation>
    </message>
    <message>
        <source>The sealed backup could not be written: %1</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية المختومة: %1</translation>
    </message>
    <message>
        <source>The database could not be read for the backup: %1</source>
        <translation>تعذّرت قراءة قاعدة البيانات لأخذ النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>This is not a sealed Istiqbal backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية مختومة من استقبال.</translation>
    </message>
    <message>
        <source>This sealed backup was written by a newer Istiqbal (format %1).</source>
        <translation>كُتبت هذه النسخة المختومة بإصدار أحدث من استقبال (الصيغة %1).</translation>
    </message>
    <message>
        <source>The sealed backup&apos;s header is damaged.</source>
        <translation>ترويسة النسخة الاحتياطية المختومة تالفة.</translation>
    </message>
    <message>
        <source>The sealed backup is incomplete: it ends before its last part. Nothing was restored.</source>
        <translation>النسخة الاحتياطية المختومة ناقصة: تنتهي قبل جزئها الأخير. لم يُسترجع شيء.</translation>
    </message>
    <message>
        <source>The sealed backup was altered or damaged at byte %1.</source>
        <translation>عُدّلت النسخة الاحتياطية المختومة أو تلفت عند البايت %1.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the sealed backup was altered.</source>
        <translation>عبارة المرور خاطئة، أو عُدّلت النسخة الاحتياطية المختومة.</translation>
    </message>
    <message>
        <source>The restored database could not be written: %1</source>
        <translation>تعذّرت كتابة قاعدة البيانات المسترجعة: %1</translation>
    </message>
    <message>
        <source>The sealed backup has bytes after its end: it was altered.</source>
        <translation>في النسخة الاحتياطية المختومة بايتات بعد نهايتها: لقد عُدّلت.</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>‏%1 غير موجود أو ليس ملفًا.</translation>
    </message>
    <message>
        <source>It is the backup of a database file, not of a server database: restore it into a file (--database FILE), then move it to the server with istiqbal migrate-to.</source>
        <translation>هذه نسخة احتياطية لملف قاعدة بيانات، لا لقاعدة بيانات على خادم: استعدها إلى ملف (--database FILE)، ثم انقلها إلى الخادم بالأمر istiqbal migrate-to.</translation>
    </message>
    <message>
        <source>It is not a backup made by istiqbal backup on a server (a pg_dump archive in the custom format).</source>
        <translation>ليست نسخة احتياطية صنعها الأمر istiqbal backup على خادم (أرشيف pg_dump بالصيغة المخصصة).</translation>
    </message>
    <message>
        <source>The archive holds no Istiqbal database (it has no schema version).</source>
        <translation>لا يحوي الأرشيف قاعدة بيانات لاستقبال (لا إصدار مخطط فيه).</translation>
    </message>
    <message>
        <source>The archive&apos;s schema version cannot be read.</source>
        <translation>تتعذّر قراءة إصدار مخطط الأرشيف.</translation>
    </message>
    <message>
        <source>The archive lacks the table &quot;%1&quot; that an Istiqbal database of schema version %2 has.</source>
        <translation>ينقص الأرشيفَ الجدولُ &quot;%1&quot; الموجود في قاعدة بيانات استقبال بإصدار المخطط %2.</translation>
    </message>
    <message>
        <source>The backup&apos;s schema version (%1) is not the database&apos;s (%2).</source>
        <translation>إصدار مخطط النسخة الاحتياطية (%1) غير إصدار قاعدة البيانات (%2).</translation>
    </message>
    <message>
        <source>The backup did not pass its check after writing, so it was not kept: %1</source>
        <translation>لم تجتز النسخة الاحتياطية فحصها بعد كتابتها، فلم تُحفظ: %1</translation>
    </message>
    <message>
        <source>It is a sealed backup of a database file, not of a server database: restore it into a file (--database FILE) with its passphrase, then move it to the server with istiqbal migrate-to.</source>
        <translation>هذه نسخة احتياطية مختومة لملف قاعدة بيانات، لا لقاعدة بيانات على خادم: استعدها إلى ملف (--database FILE) بعبارة مرورها، ثم انقلها إلى الخادم بالأمر istiqbal migrate-to.</translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message>
        <source>The backup cannot be restored: %1 Nothing was changed.</source>
        <translation>لا يمكن استعادة النسخة الاحتياطية: %1 لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Could not ask the server who owns the database.</source>
        <translation>تعذّر سؤال الخادم عن مالك قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The login %1 does not own the database&apos;s tables (%2 does): a restore drops and creates them, which only their owner may. Give the owner&apos;s address, %3, and sign in with --user as an administrator.</source>
        <translation>حساب الدخول %1 لا يملك جداول قاعدة البيانات (يملكها %2): الاستعادة تحذفها وتنشئها، ولا يجوز ذلك إلا لمالكها. أعطِ عنوان المالك، %3، وادخل بالخيار --user بصفتك مديرًا للنظام.</translation>
    </message>
    <message>
        <source>The login %1 may not create tables in the database: give the database owner&apos;s address, %2.</source>
        <translation>لا يجوز لحساب الدخول %1 إنشاء جداول في قاعدة البيانات: أعطِ عنوان مالك قاعدة البيانات، %2.</translation>
    </message>
    <message>
        <source>Could not ask the server who else is connected.</source>
        <translation>تعذّر سؤال الخادم عمّن يتصل غيرك.</translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) have the database open (%1). Close Istiqbal on every desk, and any other program using the database, then run restore again.</source>
        <translation>
            <numerusform>لا جلسات أخرى تفتح قاعدة البيانات (%1). أغلق استقبال على كل مكتب، وكل برنامج آخر يستعمل قاعدة البيانات، ثم شغّل الاستعادة مرة أخرى.</numerusform>
            <numerusform>جلسة أخرى واحدة تفتح قاعدة البيانات (%1). أغلق استقبال على كل مكتب، وكل برنامج آخر يستعمل قاعدة البيانات، ثم شغّل الاستعادة مرة أخرى.</numerusform>
            <numerusform>جلستان أخريان تفتحان قاعدة البيانات (%1). أغلق استقبال على كل مكتب، وكل برنامج آخر يستعمل قاعدة البيانات، ثم شغّل الاستعادة مرة أخرى.</numerusform>
            <numerusform>%n جلسات أخرى تفتح قاعدة البيانات (%1). أغلق استقبال على كل مكتب، وكل برنامج آخر يستعمل قاعدة البيانات، ثم شغّل الاستعادة مرة أخرى.</numerusform>
            <numerusform>%n جلسة أخرى تفتح قاعدة البيانات (%1). أغلق استقبال على كل مكتب، وكل برنامج آخر يستعمل قاعدة البيانات، ثم شغّل الاستعادة مرة أخرى.</numerusform>
            <numerusform>%n جلسة أخرى تفتح قاعدة البيانات (%1). أغلق استقبال على كل مكتب، وكل برنامج آخر يستعمل قاعدة البيانات، ثم شغّل الاستعادة مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a backup this Istiqbal can restore. %2</source>
        <translation>‏%1 ليس نسخة احتياطية يستطيع استقبال هذا استعادتها. %2</translation>
    </message>
    <message>
        <source>the backup was made by a newer version of Istiqbal (schema %1); this version understands up to %2. Restore it with the newer version.</source>
        <translation>صُنعت النسخة الاحتياطية بإصدار أحدث من استقبال (المخطط %1)؛ يفهم هذا الإصدار حتى %2. استعدها بالإصدار الأحدث.</translation>
    </message>
    <message>
        <source>the backup has schema version %1 and the database %2. Restoring over it would leave the newer tables behind: restore it into a new, empty database, open that with this Istiqbal to upgrade it, and use that database instead.</source>
        <translation>إصدار مخطط النسخة الاحتياطية %1 وإصدار قاعدة البيانات %2. الاستعادة فوقها تترك الجداول الأحدث باقية: استعدها إلى قاعدة بيانات جديدة فارغة، وافتحها باستقبال هذا لترقيتها، واستعمل تلك القاعدة بدلًا منها.</translation>
    </message>
    <message>
        <source>the database has schema version %1 and the backup %2: open the database with this Istiqbal once to upgrade it, then restore.</source>
        <translation>إصدار مخطط قاعدة البيانات %1 وإصدار النسخة الاحتياطية %2: افتح قاعدة البيانات باستقبال هذا مرة لترقيتها، ثم استعد.</translation>
    </message>
    <message>
        <source>the database as it is could not be kept aside first: %1</source>
        <translation>تعذّر الاحتفاظ بقاعدة البيانات كما هي جانبًا أولًا: %1</translation>
    </message>
    <message>
        <source>The backup was restored but then failed: %1 Putting the database back as it was failed too: %2 It is kept in %3; restore that file once the cause is fixed.</source>
        <translation>استُعيدت النسخة الاحتياطية ثم فشل ما بعدها: %1 وفشلت كذلك إعادة قاعدة البيانات كما كانت: %2 وهي محفوظة في %3؛ استعد ذلك الملف بعد إصلاح السبب.</translation>
    </message>
    <message>
        <source>The backup was restored but then failed: %1 The database is empty again.</source>
        <translation>استُعيدت النسخة الاحتياطية ثم فشل ما بعدها: %1 قاعدة البيانات فارغة من جديد.</translation>
    </message>
    <message>
        <source>The backup was restored but then failed: %1 The database was put back as it was (from %2).</source>
        <translation>استُعيدت النسخة الاحتياطية ثم فشل ما بعدها: %1 أُعيدت قاعدة البيانات كما كانت (من %2).</translation>
    </message>
    <message>
        <source>The restored database does not pass its check: %1</source>
        <translation>قاعدة البيانات المستعادة لا تجتاز فحصها: %1</translation>
    </message>
    <message>
        <source>Could not empty the database again.</source>
        <translation>تعذّر إفراغ قاعدة البيانات من جديد.</translation>
    </message>
    <message>
        <source>Its roles&apos; rights could not be given again: %1 Run istiqbal server-setup as the owner.</source>
        <translation>ولم يمكن منح صلاحيات أدوارها من جديد: %1 شغّل istiqbal server-setup بصفتك المالك.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Roles on the server are for a PostgreSQL database; a file on this computer is protected by its folder&apos;s permissions.</source>
        <translation>أدوار الخادم لقاعدة بيانات PostgreSQL؛ أما الملف على هذا الحاسوب فتحميه صلاحيات مجلده.</translation>
    </message>
    <message>
        <source>Could not set up the roles on the server (run this as the database&apos;s owner, a login with CREATEROLE).</source>
        <translation>تعذّر إعداد الأدوار على الخادم (نفّذ هذا بحساب مالك قاعدة البيانات، وهو حساب له صلاحية CREATEROLE).</translation>
    </message>
    <message>
        <source>Only a server database has logins.</source>
        <translation>الحسابات لا تكون إلا لقاعدة بيانات على خادم.</translation>
    </message>
    <message>
        <source>Could not change the login %1 on the server.</source>
        <translation>تعذّر تغيير الحساب %1 على الخادم.</translation>
    </message>
    <message>
        <source>Could not change your password on the server.</source>
        <translation>تعذّر تغيير كلمة مرورك على الخادم.</translation>
    </message>
    <message>
        <source>Could not ask the server who is signed in.</source>
        <translation>تعذّر سؤال الخادم عمّن سجّل الدخول.</translation>
    </message>
    <message>
        <source>Could not add the login %1 on the server (is the server set up with istiqbal server-setup, and are you its administrator?).</source>
        <translation>تعذّرت إضافة الحساب %1 على الخادم (هل أُعدّ الخادم بالأمر istiqbal server-setup، وهل أنت مدير النظام فيه؟).</translation>
    </message>
    <message>
        <source>%1 The connection as it was could not be opened again either: %2</source>
        <translation>%1 ولم يمكن فتح الاتصال كما كان من جديد أيضًا: %2</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>A document type needs a code and an Arabic name.</source>
        <translation>يحتاج نوع المستند إلى رمز واسم عربي.</translation>
    </message>
    <message>
        <source>Could not save the document type.</source>
        <translation>تعذّر حفظ نوع المستند.</translation>
    </message>
    <message>
        <source>A document type with the code %1 already exists.</source>
        <translation>يوجد مسبقًا نوع مستند بالرمز %1.</translation>
    </message>
    <message>
        <source>There is no document type with number %1.</source>
        <translation>لا يوجد نوع مستند بالرقم %1.</translation>
    </message>
    <message>
        <source>Could not read the document types.</source>
        <translation>تعذّرت قراءة أنواع المستندات.</translation>
    </message>
    <message>
        <source>Could not save the service&apos;s required documents.</source>
        <translation>تعذّر حفظ المستندات المطلوبة للخدمة.</translation>
    </message>
    <message>
        <source>The document type %1 does not exist.</source>
        <translation>نوع المستند %1 غير موجود.</translation>
    </message>
    <message>
        <source>Could not save the service&apos;s rules.</source>
        <translation>تعذّر حفظ شروط الخدمة.</translation>
    </message>
    <message>
        <source>A service needs a code and an Arabic name.</source>
        <translation>تحتاج الخدمة إلى رمز واسم عربي.</translation>
    </message>
    <message>
        <source>Could not save the service.</source>
        <translation>تعذّر حفظ الخدمة.</translation>
    </message>
    <message>
        <source>A service with the code %1 already exists.</source>
        <translation>توجد مسبقًا خدمة بالرمز %1.</translation>
    </message>
    <message>
        <source>Could not read the services.</source>
        <translation>تعذّرت قراءة الخدمات.</translation>
    </message>
    <message>
        <source>The rules of the service %1 are unreadable.</source>
        <translation>تعذّرت قراءة شروط الخدمة %1 لأنها تالفة.</translation>
    </message>
    <message>
        <source>There is no service with number %1.</source>
        <translation>لا توجد خدمة بالرقم %1.</translation>
    </message>
    <message>
        <source>Could not read the service&apos;s rules.</source>
        <translation>تعذّرت قراءة شروط الخدمة.</translation>
    </message>
    <message>
        <source>Version %1 of the service&apos;s rules does not exist.</source>
        <translation>الإصدار %1 من شروط الخدمة غير موجود.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;خدمة جديدة</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم &amp;بالعربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;الاسم بالإنجليزية:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Offered at the desk</source>
        <translation>متاحة في الاستقبال</translation>
    </message>
    <message>
        <source>Delivered only after the program officer approves</source>
        <translation>لا تُقدَّم إلا بعد اعتماد مسؤول البرامج</translation>
    </message>
    <message>
        <source>Required &amp;documents:</source>
        <translation>&amp;المستندات المطلوبة:</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>شروط الاستحقاق</translation>
    </message>
    <message>
        <source>&amp;Save the service</source>
        <translation>&amp;حفظ الخدمة</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (موقوفة)</translation>
    </message>
    <message>
        <source>made from the English name on saving</source>
        <translation>يُنشأ من الاسم الإنجليزي عند الحفظ</translation>
    </message>
    <message>
        <source>Rules version %1. Saving changed rules makes version %2; cases already judged keep the version they were judged by.</source>
        <translation>إصدار الشروط %1. حفظ شروط معدّلة ينشئ الإصدار %2، وتبقى الحالات التي حُكم عليها على الإصدار الذي حُكم به.</translation>
    </message>
    <message>
        <source>A new service starts at rules version 1.</source>
        <translation>تبدأ الخدمة الجديدة بالإصدار ١ من الشروط.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Could not read the settings.</source>
        <translation>تعذّرت قراءة الإعدادات.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>يحتاج الإعداد إلى اسم.</translation>
    </message>
    <message>
        <source>Could not save the setting.</source>
        <translation>تعذّر حفظ الإعداد.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Istiqbal</source>
        <translation>تسجيل الدخول — استقبال</translation>
    </message>
    <message>
        <source>Sign in with your username and password.</source>
        <translation>سجّل الدخول باسم الدخول وكلمة المرور.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;اسم الدخول:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Choose the database this desk works on: a file on this computer or a shared server</source>
        <translation>اختيار قاعدة البيانات التي يعمل عليها هذا المكتب: ملف على هذا الحاسوب أو خادم مشترك</translation>
    </message>
</context>
<context>
    <name>SqlFailure</name>
    <message>
        <source>The connection to the database server was lost; nothing of this was saved.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات؛ لم يُحفظ شيء من هذا.</translation>
    </message>
    <message>
        <source>(Technical detail: %1)</source>
        <translation>(تفاصيل فنية: %1)</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>The seven steps of the case</source>
        <translation>الخطوات السبع للحالة</translation>
    </message>
    <message>
        <source>%1: %2 (Alt+%3)</source>
        <translation>%1: %2 (الاختصار Alt+%3)</translation>
    </message>
    <message>
        <source>%1 %2. %3</source>
        <extracomment>a step in the indicator: the mark of its state, its number, its name</extracomment>
        <translation>%1 %2. %3</translation>
    </message>
</context>
<context>
    <name>StepRequirements</name>
    <message>
        <source>The contact channel is not recorded.</source>
        <translation>قناة التواصل غير مسجلة.</translation>
    </message>
    <message>
        <source>The purpose of the visit is not recorded.</source>
        <translation>الغرض من الزيارة غير مسجل.</translation>
    </message>
    <message>
        <source>The arrival time is not recorded.</source>
        <translation>وقت الوصول غير مسجل.</translation>
    </message>
    <message>
        <source>Who received the visitor is not recorded.</source>
        <translation>لم يُسجَّل الموظف الذي استقبل المراجع.</translation>
    </message>
    <message>
        <source>No beneficiary has been found or registered for this case.</source>
        <translation>لم يتم العثور على مستفيد لهذه الحالة أو تسجيله.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s record has not been saved yet.</source>
        <translation>لم يُحفظ سجل المستفيد بعد.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s record is not linked to this case.</source>
        <translation>سجل المستفيد غير مرتبط بهذه الحالة.</translation>
    </message>
    <message>
        <source>No service has been chosen.</source>
        <translation>لم يتم اختيار الخدمة المطلوبة.</translation>
    </message>
    <message>
        <source>The details of the chosen service are not available.</source>
        <translation>بيانات الخدمة المختارة غير متاحة.</translation>
    </message>
    <message>
        <source>The chosen service is no longer offered; choose another.</source>
        <translation>الخدمة المختارة لم تعد متاحة؛ اختر خدمة أخرى.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s first and family names are required.</source>
        <translation>الاسم الأول واسم العائلة للمستفيد مطلوبان.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s ID number is not recorded.</source>
        <translation>رقم هوية المستفيد غير مسجل.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s consent to the use of their data is not recorded.</source>
        <translation>لم تُسجَّل موافقة المستفيد على استخدام بياناته.</translation>
    </message>
    <message>
        <source>%1 The chosen service requires it.</source>
        <translation>%1 الخدمة المختارة تتطلب هذه المعلومة.</translation>
    </message>
    <message>
        <source>The day the case is handled is not set, so expiry dates cannot be checked.</source>
        <translation>لم يُحدَّد يوم معالجة الحالة، فلا يمكن التحقق من تواريخ الانتهاء.</translation>
    </message>
    <message>
        <source>The program officer has not answered the referral yet.</source>
        <translation>لم يرد مسؤول البرامج على الإحالة بعد.</translation>
    </message>
    <message>
        <source>There is no referral to return from.</source>
        <translation>لا توجد إحالة للعودة منها.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s data has not been marked as verified.</source>
        <translation>لم يُؤكَّد التحقق من صحة بيانات المستفيد.</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s signed declaration has not been recorded.</source>
        <translation>لم يُسجَّل إقرار المستفيد الموقَّع.</translation>
    </message>
    <message>
        <source>The day the case is handled is not set, so eligibility cannot be judged.</source>
        <translation>لم يُحدَّد يوم معالجة الحالة، فلا يمكن الحكم على الاستحقاق.</translation>
    </message>
    <message>
        <source>The service&apos;s eligibility rules are not met; a program officer may override them with a written reason:</source>
        <translation>شروط الاستحقاق للخدمة غير مستوفاة، ويمكن لمسؤول البرامج تجاوزها بسبب مكتوب:</translation>
    </message>
    <message>
        <source>No file number has been issued.</source>
        <translation>لم يُصدَر رقم ملف للمستفيد.</translation>
    </message>
    <message>
        <source>No delivery of the service has been recorded.</source>
        <translation>لم يُسجَّل تقديم الخدمة.</translation>
    </message>
    <message>
        <source>The delivery is waiting for the program officer&apos;s approval.</source>
        <translation>تقديم الخدمة بانتظار اعتماد مسؤول البرامج.</translation>
    </message>
    <message>
        <source>The satisfaction survey has been neither taken nor declined.</source>
        <translation>لم يُعبَّأ استبيان الرضا ولم يُسجَّل اعتذار المستفيد عنه.</translation>
    </message>
</context>
<context>
    <name>SummaryQueries</name>
    <message>
        <source>Could not compute the monthly figures.</source>
        <translation>تعذّر حساب أرقام الشهر.</translation>
    </message>
</context>
<context>
    <name>SurveyDesk</name>
    <message>
        <source>The survey of this case was already recorded.</source>
        <translation>سُجِّل استبيان هذه الحالة مسبقًا.</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Anything the beneficiary wants to add (optional)</source>
        <translation>ما يود المستفيد إضافته (اختياري)</translation>
    </message>
    <message>
        <source>Taken by &amp;phone</source>
        <translation>&amp;عبر الهاتف</translation>
    </message>
    <message>
        <source>The beneficiary &amp;declined</source>
        <translation>&amp;اعتذر المستفيد</translation>
    </message>
    <message>
        <source>Record that the beneficiary declined the survey; the case closes (Ctrl+D)</source>
        <translation>تسجيل اعتذار المستفيد عن الاستبيان؛ وتُغلق الحالة (Ctrl+D)</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>غير راضٍ إطلاقاً</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>راضٍ جداً</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>a survey button: the score, then its meaning on a second line</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <translation>%1 من ٥: %2</translation>
    </message>
    <message>
        <source>Hand the screen to the beneficiary: one button per question, from 1 (very dissatisfied) to 5 (very satisfied). Ctrl+Enter records the answers and closes the case. The survey can also be taken later by phone: close the case screen (Esc).</source>
        <translation>سلّم الشاشة للمستفيد: زر واحد لكل سؤال، من ١ (غير راضٍ إطلاقاً) إلى ٥ (راضٍ جداً). يسجّل Ctrl+Enter الإجابات ويغلق الحالة. ويمكن أخذ الاستبيان لاحقاً عبر الهاتف: أغلق شاشة الحالة (Esc).</translation>
    </message>
    <message>
        <source>The survey has not been taken.</source>
        <translation>لم يُؤخذ الاستبيان.</translation>
    </message>
    <message>
        <source>Answer given at the desk: %1</source>
        <translation>الإجابة المقدّمة في مكتب الاستقبال: %1</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>عبر الهاتف</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>The beneficiary declined the survey (%1, %2).</source>
        <translation>اعتذر المستفيد عن الاستبيان (%1، %2).</translation>
    </message>
    <message>
        <source>Survey taken %1 by %2, %3.</source>
        <translation>أُخذ الاستبيان %1 بواسطة %2، %3.</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <comment>a woman</comment>
        <translation>غير راضية إطلاقاً</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <comment>a woman</comment>
        <translation>غير راضية</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>a woman</comment>
        <translation>محايدة</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <comment>a woman</comment>
        <translation>راضية</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <comment>a woman</comment>
        <translation>راضية جداً</translation>
    </message>
    <message>
        <source>Hand the screen to the beneficiary: one button per question, from 1 (very dissatisfied) to 5 (very satisfied). Ctrl+Enter records the answers and closes the case. The survey can also be taken later by phone: close the case screen (Esc).</source>
        <comment>a woman</comment>
        <translation>سلّم الشاشة للمستفيدة: زر واحد لكل سؤال، من ١ (غير راضية إطلاقاً) إلى ٥ (راضية جداً). يسجّل Ctrl+Enter الإجابات ويغلق الحالة. ويمكن أخذ الاستبيان لاحقاً عبر الهاتف: أغلق شاشة الحالة (Esc).</translation>
    </message>
    <message>
        <source>The beneficiary declined the survey (%1, %2).</source>
        <comment>a woman</comment>
        <translation>اعتذرت المستفيدة عن الاستبيان (%1، %2).</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionsPanel</name>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;سؤال جديد</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;تقديم</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;تأخير</translation>
    </message>
    <message>
        <source>Question in &amp;Arabic:</source>
        <translation>السؤال &amp;بالعربية:</translation>
    </message>
    <message>
        <source>Question in &amp;English:</source>
        <translation>&amp;السؤال بالإنجليزية:</translation>
    </message>
    <message>
        <source>Asked in the survey</source>
        <translation>يُطرح في الاستبيان</translation>
    </message>
    <message>
        <source>Answered from 1 (not satisfied) to 5 (very satisfied).</source>
        <translation>يُجاب عنه من ١ (غير راضٍ) إلى ٥ (راضٍ جدًا).</translation>
    </message>
    <message>
        <source>&amp;Save the question</source>
        <translation>&amp;حفظ السؤال</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>a survey question in the list: its place, then its text</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (not asked)</source>
        <translation>%1 (لا يُطرح)</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>احفظ تعديلاتك أو تراجع عنها أولًا.</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>A survey question needs its Arabic text.</source>
        <translation>يحتاج سؤال الاستبيان إلى نصه العربي.</translation>
    </message>
    <message>
        <source>Could not save the survey question.</source>
        <translation>تعذّر حفظ سؤال الاستبيان.</translation>
    </message>
    <message>
        <source>There is no survey question with number %1.</source>
        <translation>لا يوجد سؤال استبيان بالرقم %1.</translation>
    </message>
    <message>
        <source>Could not read the survey questions.</source>
        <translation>تعذّرت قراءة أسئلة الاستبيان.</translation>
    </message>
    <message>
        <source>Each answer is a score from 1 to 5; %1 is not.</source>
        <translation>يجب أن تكون كل إجابة درجة من 1 إلى 5، و%1 ليست منها.</translation>
    </message>
    <message>
        <source>Could not save the survey response.</source>
        <translation>تعذّر حفظ إجابات الاستبيان.</translation>
    </message>
    <message>
        <source>Could not read the survey responses.</source>
        <translation>تعذّرت قراءة إجابات الاستبيان.</translation>
    </message>
</context>
<context>
    <name>SurveyRules</name>
    <message>
        <source>Survey question number %1 is not one of the active questions.</source>
        <translation>سؤال الاستبيان رقم %1 ليس من الأسئلة المفعّلة.</translation>
    </message>
    <message>
        <source>Each answer is a score from 1 to 5; %1 is not.</source>
        <translation>كل إجابة درجة من 1 إلى 5، و%1 ليست كذلك.</translation>
    </message>
    <message>
        <source>Survey question number %1 is answered twice.</source>
        <translation>أُجيب عن سؤال الاستبيان رقم %1 مرتين.</translation>
    </message>
    <message>
        <source>Give at least one answer or a comment, or record that the beneficiary declined the survey.</source>
        <translation>أدخل إجابة واحدة على الأقل أو تعليقًا، أو سجّل اعتذار المستفيد عن الاستبيان.</translation>
    </message>
</context>
<context>
    <name>SurveySummaryQueries</name>
    <message>
        <source>Could not compute the survey figures.</source>
        <translation>تعذّر حساب أرقام الاستبانة.</translation>
    </message>
    <message>
        <source>Could not compute the inquiry figures.</source>
        <translation>تعذّر حساب أرقام الاستفسارات.</translation>
    </message>
</context>
<context>
    <name>Transactions</name>
    <message>
        <source>Cannot start saving: the database is busy or unavailable.</source>
        <translation>تعذّر بدء الحفظ: قاعدة البيانات مشغولة أو غير متاحة.</translation>
    </message>
    <message>
        <source>Cannot save the changes.</source>
        <translation>تعذّر حفظ التغييرات.</translation>
    </message>
    <message>
        <source>A bulk write cannot start inside another transaction.</source>
        <translation>لا يمكن بدء كتابة جماعية داخل معاملة أخرى.</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>Write the user&apos;s name as colleagues know it.</source>
        <translation>اكتب اسم المستخدم كما يعرفه زملاؤه.</translation>
    </message>
    <message>
        <source>%1 is the only administrator; make someone else an administrator first.</source>
        <translation>%1 هو مدير النظام الوحيد؛ عيّن مدير نظام آخر أولًا.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>أعطِ المستخدم دورًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role; another administrator can.</source>
        <translation>لا يمكنك سحب دور مدير النظام من نفسك؛ يستطيع ذلك مدير نظام آخر.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>لا يمكنك إيقاف حسابك.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>سجّل الدخول أولًا لتغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Could not read the users.</source>
        <translation>تعذّرت قراءة المستخدمين.</translation>
    </message>
    <message>
        <source>A user needs a username and a display name.</source>
        <translation>يحتاج المستخدم إلى اسم دخول واسم ظاهر.</translation>
    </message>
    <message>
        <source>Could not save the user.</source>
        <translation>تعذّر حفظ المستخدم.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>اسم الدخول %1 مستخدَم مسبقًا.</translation>
    </message>
    <message>
        <source>There is no user with number %1.</source>
        <translation>لا يوجد مستخدم بالرقم %1.</translation>
    </message>
    <message>
        <source>Could not save the password.</source>
        <translation>تعذّر حفظ كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>Username</name>
    <message>
        <source>A username may not hold direction marks.</source>
        <translation>لا يجوز أن يحتوي اسم المستخدم على علامات اتجاه الكتابة.</translation>
    </message>
    <message>
        <source>A username may not hold control characters.</source>
        <translation>لا يجوز أن يحتوي اسم المستخدم على محارف تحكم.</translation>
    </message>
    <message>
        <source>A username is at most %1 letters (%2 Arabic letters).</source>
        <translation>اسم المستخدم %1 حرفًا على الأكثر (%2 حرفًا بالعربية).</translation>
    </message>
    <message>
        <source>A username is 2 to 40 letters or digits, with no spaces; dots, dashes and underscores may join them.</source>
        <translation>اسم المستخدم من حرفين إلى 40 حرفًا أو رقمًا، بلا مسافات؛ ويجوز الوصل بينها بالنقطة والشَّرطة والشَّرطة السفلية.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and roles</source>
        <translation>المستخدمون والأدوار</translation>
    </message>
    <message>
        <source>Who may sign in, and what each may do: the receptionist serves at the desk, the program officer answers referrals and approves, the manager keeps the catalogue and the reports, the administrator keeps the users and the association&apos;s details.</source>
        <translation>من يحق له الدخول وما يحق لكل منهم: موظف الاستقبال يخدم المراجعين، ومسؤول البرامج يرد على الإحالات ويعتمد، والمدير يتولى دليل الخدمات والتقارير، ومدير النظام يتولى المستخدمين وبيانات الجمعية.</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;مستخدم جديد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;اسم الدخول:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>الأدوار:</translation>
    </message>
    <message>
        <source>May sign in (unticked: the account is deactivated)</source>
        <translation>يحق له الدخول (دون تحديد: الحساب موقوف)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;تأكيدها:</translation>
    </message>
    <message>
        <source>Set this &amp;password</source>
        <translation>&amp;تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;التراجع عن التعديلات</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>A new user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>احفظ تعديلاتك أو تراجع عنها أولًا.</translation>
    </message>
    <message>
        <source>Type the password twice.</source>
        <translation>اكتب كلمة المرور مرتين.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>كلمتا المرور غير متطابقتين؛ اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>%1 can sign in now as %2.</source>
        <translation>يستطيع %1 الدخول الآن باسم الدخول %2.</translation>
    </message>
    <message>
        <source>%1&apos;s new password is set; tell it to them in person.</source>
        <translation>عُيّنت كلمة مرور جديدة لـ%1؛ أبلغه بها شخصيًا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>A new password, when the user forgot theirs:</source>
        <translation>كلمة مرور جديدة إذا نسي المستخدم كلمته:</translation>
    </message>
    <message>
        <source>The first password:</source>
        <translation>كلمة المرور الأولى:</translation>
    </message>
</context>
<context>
    <name>VerificationDesk</name>
    <message>
        <source>There is no beneficiary&apos;s record on this case to verify.</source>
        <translation>لا يوجد سجل مستفيد في هذه الحالة للتحقق منه.</translation>
    </message>
    <message>
        <source>There is no beneficiary on this case to sign the declaration.</source>
        <translation>لا يوجد مستفيد في هذه الحالة ليوقّع الإقرار.</translation>
    </message>
    <message>
        <source>The signed declaration was already recorded at %1.</source>
        <translation>سُجِّل الإقرار الموقَّع مسبقًا في %1.</translation>
    </message>
    <message>
        <source>A file number is issued only when every requirement is met. Missing:
%1</source>
        <translation>لا يُصدَر رقم الملف إلا بعد استيفاء جميع المتطلبات. الناقص:
%1</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Checked against the original documents</source>
        <translation>المطابقة مع المستندات الأصلية</translation>
    </message>
    <message>
        <source>Four-part &amp;name</source>
        <translation>&amp;الاسم الرباعي</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;رقم الهوية</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;رقم الجوال</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;تاريخ الميلاد</translation>
    </message>
    <message>
        <source>&amp;Family size and income</source>
        <translation>&amp;عدد أفراد الأسرة والدخل</translation>
    </message>
    <message>
        <source>Nationality, &amp;city and district</source>
        <translation>الجنسية &amp;والمدينة والحي</translation>
    </message>
    <message>
        <source>Do&amp;cuments and their expiry</source>
        <translation>&amp;المستندات وتواريخ انتهائها</translation>
    </message>
    <message>
        <source>The service&apos;s eligibility rules</source>
        <translation>شروط الاستحقاق للخدمة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Close as not &amp;eligible…</source>
        <translation>&amp;إغلاق لعدم الاستحقاق…</translation>
    </message>
    <message>
        <source>The beneficiary&apos;s declaration</source>
        <translation>إقرار المستفيد</translation>
    </message>
    <message>
        <source>The beneficiary declares in writing that the data given are true and that they are responsible for their accuracy. The declaration is printed in Arabic with their data and today&apos;s date in both calendars.</source>
        <translation>يُقرّ المستفيد كتابةً بصحة البيانات المقدّمة وبأنه مسؤول عن صحتها. يُطبع الإقرار بالعربية مع بياناته وتاريخ اليوم بالتقويمين.</translation>
    </message>
    <message>
        <source>&amp;Print the declaration…</source>
        <translation>&amp;طباعة الإقرار…</translation>
    </message>
    <message>
        <source>Print preview of the declaration for signature (Ctrl+P)</source>
        <translation>معاينة طباعة الإقرار للتوقيع (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the declaration as a PDF file (Ctrl+Shift+S)</source>
        <translation>حفظ الإقرار ملف PDF ‏(Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The declaration is &amp;signed</source>
        <translation>&amp;تم توقيع الإقرار</translation>
    </message>
    <message>
        <source>Record that the beneficiary signed the declaration (Ctrl+D)</source>
        <translation>تسجيل توقيع المستفيد على الإقرار (Ctrl+D)</translation>
    </message>
    <message>
        <source>The declaration was saved as %1.</source>
        <translation>حُفظ الإقرار في %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>income not recorded</source>
        <translation>الدخل غير مسجّل</translation>
    </message>
    <message>
        <source>Family size not recorded; monthly income %1</source>
        <translation>عدد أفراد الأسرة غير مسجّل؛ الدخل الشهري %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>None provided</source>
        <translation>لم يُقدَّم شيء</translation>
    </message>
    <message>
        <source>No service has been chosen: no eligibility rules apply.</source>
        <translation>لم تُختر خدمة: لا تنطبق شروط استحقاق.</translation>
    </message>
    <message>
        <source>The rules are judged once the beneficiary is known.</source>
        <translation>تُقيَّم الشروط بعد تحديد المستفيد.</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ مستوفى</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ غير مستوفى</translation>
    </message>
    <message>
        <source>%1 has no eligibility rules.</source>
        <translation>لا شروط استحقاق لخدمة «%1».</translation>
    </message>
    <message>
        <source>Every rule of %1 is met.</source>
        <translation>جميع شروط «%1» مستوفاة.</translation>
    </message>
    <message>
        <source> by %1: %2</source>
        <translation> بقرار %1: %2</translation>
    </message>
    <message>
        <source>A rule of %1 is not met, but the program officer has overridden it%2.</source>
        <translation>أحد شروط «%1» غير مستوفى، لكن مسؤول البرامج تجاوزه%2.</translation>
    </message>
    <message>
        <source>A rule of %1 is not met.</source>
        <translation>أحد شروط «%1» غير مستوفى.</translation>
    </message>
    <message>
        <source>The case cannot go on: it needs the program officer&apos;s override, with a written reason. Refer it (Ctrl+R), or close it as not eligible.</source>
        <translation>لا يمكن متابعة الحالة: تحتاج إلى تجاوز من مسؤول البرامج بسبب مكتوب. أحِلها (Ctrl+R) أو أغلقها لعدم الاستحقاق.</translation>
    </message>
    <message>
        <source>Signed declaration recorded by %1, %2.</source>
        <translation>سجّل الإقرار الموقّع %1، %2.</translation>
    </message>
    <message>
        <source>Not signed yet: print it (Ctrl+P), have the beneficiary sign it, then record it as signed (Ctrl+D).</source>
        <translation>لم يُوقَّع بعد: اطبعه (Ctrl+P)، ودع المستفيد يوقّعه، ثم سجّل توقيعه (Ctrl+D).</translation>
    </message>
    <message>
        <source>The data is marked verified.</source>
        <translation>تم تأكيد التحقق من البيانات.</translation>
    </message>
    <message>
        <source>All checked: the data is marked verified when you leave this page.</source>
        <translation>اكتملت المطابقة: يُسجَّل التحقق من البيانات عند مغادرة هذه الصفحة.</translation>
    </message>
    <message>
        <source>Tick each part once checked against the original documents (Space).</source>
        <translation>ضع علامة على كل بند بعد مطابقته مع المستندات الأصلية (Space).</translation>
    </message>
    <message>
        <source>There is no beneficiary on this case to sign a declaration.</source>
        <translation>لا يوجد مستفيد على هذه الحالة ليوقّع الإقرار.</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحق</translation>
    </message>
    <message>
        <source>Close this case as not eligible, for the rules that are not met? The program officer may instead override them.</source>
        <translation>هل تُغلق هذه الحالة لعدم الاستحقاق بسبب الشروط غير المستوفاة؟ ويمكن بدلاً من ذلك أن يتجاوزها مسؤول البرامج.</translation>
    </message>
    <message>
        <source>End the case as not eligible, for the rules that are not met (Ctrl+Shift+E)</source>
        <translation>إنهاء الحالة لعدم الاستحقاق بسبب الشروط غير المستوفاة (Ctrl+Shift+E)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s); monthly income %1</source>
        <translation>
            <numerusform>لا أفراد؛ الدخل الشهري %1</numerusform>
            <numerusform>فرد واحد؛ الدخل الشهري %1</numerusform>
            <numerusform>فردان؛ الدخل الشهري %1</numerusform>
            <numerusform>%Ln أفراد؛ الدخل الشهري %1</numerusform>
            <numerusform>%Ln فرداً؛ الدخل الشهري %1</numerusform>
            <numerusform>%Ln فرد؛ الدخل الشهري %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1، حتى %2</translation>
    </message>
    <message>
        <source>The beneficiary declares in writing that the data given are true and that they are responsible for their accuracy. The declaration is printed in Arabic with their data and today&apos;s date in both calendars.</source>
        <comment>a woman</comment>
        <translation>تُقرّ المستفيدة كتابةً بصحة البيانات المقدّمة وبأنها مسؤولة عن صحتها. يُطبع الإقرار بالعربية مع بياناتها وتاريخ اليوم بالتقويمين.</translation>
    </message>
    <message>
        <source>Not signed yet: print it (Ctrl+P), have the beneficiary sign it, then record it as signed (Ctrl+D).</source>
        <comment>a woman</comment>
        <translation>لم يُوقَّع بعد: اطبعه (Ctrl+P)، ودع المستفيدة توقّعه، ثم سجّل توقيعه (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>WaitingCounts</name>
    <message>
        <source>Cases whose referral the program officer has answered: open them from the desk, where they are at the top</source>
        <translation>حالات أجاب مسؤول البرامج عن إحالتها: افتحها من حالات اليوم، حيث تظهر في أعلى القائمة</translation>
    </message>
    <message>
        <source>Referrals waiting for the program officer&apos;s answer</source>
        <translation>إحالات تنتظر جواب مسؤول البرامج</translation>
    </message>
    <message>
        <source>Answers waiting: %1</source>
        <extracomment>the window bar: cases whose referral answer waits for the desk</extracomment>
        <translation>أجوبة واردة: %1</translation>
    </message>
    <message>
        <source>Referrals waiting: %1</source>
        <extracomment>the window bar: referrals waiting for the program officer&apos;s answer</extracomment>
        <translation>إحالات تنتظر الجواب: %1</translation>
    </message>
</context>
<context>
    <name>WhoLookedPanel</name>
    <message>
        <source>Copy of the data…</source>
        <translation>نسخة من البيانات…</translation>
    </message>
    <message>
        <source>Save everything held about this person as a PDF in Arabic, or as JSON</source>
        <translation>احفظ كل ما لدينا عن هذا الشخص في ملف PDF بالعربية أو في ملف JSON</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Nothing recorded about this person yet.</source>
        <translation>لم يُسجَّل شيء عن هذا الشخص بعد.</translation>
    </message>
    <message>
        <source>Who saw or changed this person&apos;s data, newest first.</source>
        <translation>من اطّلع على بيانات هذا الشخص أو غيّرها، الأحدث أولًا.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>This case is already finished (%1); it can no longer change.</source>
        <translation>هذه الحالة منتهية (%1)، ولا يمكن تعديلها.</translation>
    </message>
    <message>
        <source>Who is making this change is not known.</source>
        <translation>لم يُعرف المستخدم الذي يجري هذا التغيير.</translation>
    </message>
    <message>
        <source>The time of this change is missing.</source>
        <translation>وقت هذا التغيير غير محدد.</translation>
    </message>
    <message>
        <source>This case is waiting for the program officer to answer the referral.</source>
        <translation>هذه الحالة بانتظار رد مسؤول البرامج على الإحالة.</translation>
    </message>
    <message>
        <source>The case cannot leave the %1 step yet:
%2</source>
        <translation>لا يمكن إنهاء خطوة «%1» بعد:
%2</translation>
    </message>
    <message>
        <source>A case can be referred to the program officer only from reception, information or verification; this case is at %1.</source>
        <translation>لا تُحال الحالة إلى مسؤول البرامج إلا من خطوات الاستقبال أو استيفاء المعلومات أو التحقق، وهذه الحالة في خطوة «%1».</translation>
    </message>
    <message>
        <source>Write the question for the program officer.</source>
        <translation>اكتب السؤال الموجَّه إلى مسؤول البرامج.</translation>
    </message>
    <message>
        <source>This case is not waiting for an answer from the program officer.</source>
        <translation>هذه الحالة ليست بانتظار رد من مسؤول البرامج.</translation>
    </message>
    <message>
        <source>Write the program officer&apos;s answer.</source>
        <translation>اكتب رد مسؤول البرامج.</translation>
    </message>
    <message>
        <source>This case is not at the referral step; there is nothing to resume.</source>
        <translation>هذه الحالة ليست في خطوة الإحالة، فلا يوجد ما يُستأنف.</translation>
    </message>
    <message>
        <source>Only an inquiry can be answered at the desk; this case&apos;s purpose is: %1.</source>
        <translation>لا يُجاب في مكتب الاستقبال إلا على الاستفسارات، والغرض من هذه الحالة: %1.</translation>
    </message>
    <message>
        <source>An inquiry can be answered at the desk only during reception; this case is at %1.</source>
        <translation>يُجاب على الاستفسار في مكتب الاستقبال خلال خطوة الاستقبال فقط، وهذه الحالة في خطوة «%1».</translation>
    </message>
    <message>
        <source>Write the answer given to the visitor.</source>
        <translation>اكتب الإجابة التي قُدِّمت للمراجع.</translation>
    </message>
    <message>
        <source>Write why the beneficiary withdrew.</source>
        <translation>اكتب سبب انسحاب المستفيد.</translation>
    </message>
    <message>
        <source>Eligibility is decided during information, referral or verification; this case is at %1.</source>
        <translation>يُحسم الاستحقاق خلال خطوات استيفاء المعلومات أو الإحالة أو التحقق، وهذه الحالة في خطوة «%1».</translation>
    </message>
    <message>
        <source>Write at least one reason why the beneficiary is not eligible.</source>
        <translation>اكتب سببًا واحدًا على الأقل لعدم استحقاق المستفيد.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم تخطيها</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>الخطوة الحالية</translation>
    </message>
    <message>
        <source>Waiting for the program officer</source>
        <translation>بانتظار مسؤول البرامج</translation>
    </message>
    <message>
        <source>The case ended here</source>
        <translation>انتهت الحالة عند هذه الخطوة</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <source>Resumes after the answer</source>
        <translation>تُستكمل بعد الرد</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
</context>
</TS>
