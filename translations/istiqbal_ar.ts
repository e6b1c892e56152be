<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Istiqbal: the front desk of a charitable association.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interface language: ar (Arabic) or en (English).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--language takes ar (Arabic) or en (English), not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Istiqbal</source>
            <translation type="unfinished">استقبال</translation>
        </message>
        <message>
            <source>Istiqbal cannot start with this database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovedAnswerRepository</name>
        <message>
            <source>Write the inquiry the answer is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the approved answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the approved answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the approved answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed this answer since you opened it; open it again to see their change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no approved answer with number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not record the answer given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the answers given.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssociationProfile</name>
        <message>
            <source>Charitable association</source>
            <translation type="unfinished" />
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
        <name>BeneficiaryCasesModel</name>
        <message>
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
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
            <source>Someone else saved this beneficiary's record after you opened it. Reload the record and make your changes again.</source>
            <translation>حفظ مستخدم آخر سجل هذا المستفيد بعد أن فتحتَه. أعد تحميل السجل ثم أدخل تعديلاتك من جديد.</translation>
        </message>
        <message>
            <source>%1 saved this beneficiary's record at %2, after you opened it. Reload the record and make your changes again.</source>
            <translation>حفظ %1 سجل هذا المستفيد في %2 بعد أن فتحتَه. أعد تحميل السجل ثم أدخل تعديلاتك من جديد.</translation>
        </message>
        <message>
            <source>Someone else saved this beneficiary's record at %1, after you opened it. Reload the record and make your changes again.</source>
            <translation>حفظ مستخدم آخر سجل هذا المستفيد في %1 بعد أن فتحتَه. أعد تحميل السجل ثم أدخل تعديلاتك من جديد.</translation>
        </message>
    </context>
    <context>
        <name>BeneficiaryFileWidget</name>
        <message>
            <source>Back to the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the search results (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City and district:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Family size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly income:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationality:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to use the data:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of the highlighted case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not issued yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saudi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provided and verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not provided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No documents recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1: %2, %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program officer's answer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the program officer's answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BeneficiaryImport</name>
        <message>
            <source>the monthly income "%1" is not an amount in riyals (for example 4500 or 4500.50)</source>
            <translation>الدخل الشهري «%1» ليس مبلغًا بالريال (مثل 4500 أو 4500.50)</translation>
        </message>
        <message>
            <source>the gender "%1" is not one of M, F, male, female, ذكر, أنثى</source>
            <translation>الجنس «%1» ليس واحدًا من: ذكر، أنثى، M، F، male، female</translation>
        </message>
        <message>
            <source>The file is empty: it needs a header row and at least one row.</source>
            <translation>الملف فارغ: يجب أن يحتوي على صف العناوين وصف واحد على الأقل.</translation>
        </message>
        <message>
            <source>Line 1: the column "%1" appears twice.</source>
            <translation>السطر 1: العمود «%1» مكرر.</translation>
        </message>
        <message>
            <source>Line 1: the required column "%1" (%2) is missing.</source>
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
            <source>the family size "%1" is not a whole number from 1 to %2</source>
            <translation>عدد أفراد الأسرة «%1» ليس عددًا صحيحًا من 1 إلى %2</translation>
        </message>
    </context>
    <context>
        <name>BeneficiaryMatchModel</name>
        <message>
            <source>No visit yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last visit</source>
            <translation type="unfinished" />
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
            <source>Someone else saved this beneficiary's record after you opened it. Reload it and make your changes again.</source>
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
            <source>Could not read the beneficiaries' names.</source>
            <translation type="unfinished" />
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
        <name>BeneficiarySearchWidget</name>
        <message>
            <source>&amp;Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (any spelling), national ID or phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name, a national ID or a phone number; press Enter to open the beneficiary's file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No beneficiary matches "%1".</source>
            <translation type="unfinished">لا يوجد مستفيد يطابق «%1».</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln matches; type more to narrow them down.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln beneficiaries found.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
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
            <source>A passport number has only Latin letters and digits; "%1" is not one.</source>
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
            <source>The nationality is a two-letter country code such as SA or YE; "%1" is not.</source>
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
            <source>Record the beneficiary's consent to the use of their data for the association's services before saving their record.</source>
            <translation>سجِّل موافقة المستفيد على استخدام بياناته في خدمات الجمعية قبل حفظ سجله.</translation>
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
            <source>Cannot start saving: the database is busy or unavailable.</source>
            <translation>تعذّر بدء الحفظ: قاعدة البيانات مشغولة أو غير متاحة.</translation>
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
        <message>
            <source>There is no beneficiary's record on this case to verify.</source>
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
        <message>
            <source>A quantity or an amount cannot be negative.</source>
            <translation>لا يمكن أن تكون الكمية أو المبلغ قيمة سالبة.</translation>
        </message>
        <message>
            <source>Record what was delivered: a quantity, an amount or a note.</source>
            <translation>سجِّل ما قُدِّم: كمية أو مبلغًا أو ملاحظة.</translation>
        </message>
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
        <message>
            <source>The survey of this case was already recorded.</source>
            <translation>سُجِّل استبيان هذه الحالة مسبقًا.</translation>
        </message>
        <message>
            <source>Only the program officer may decide that a beneficiary is not eligible when the service's eligibility rules are met or overridden.</source>
            <translation>لا يحق إلا لمسؤول البرامج أن يقرر عدم استحقاق المستفيد إذا كانت شروط استحقاق الخدمة مستوفاة أو تم تجاوزها.</translation>
        </message>
    </context>
    <context>
        <name>CaseHistoryModel</name>
        <message>
            <source>%1 — %2</source>
            <extracomment>a step of the case, then its state, e.g. "Referral — Waiting for the program officer"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
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
    </context>
    <context>
        <name>CatalogueSetup</name>
        <message>
            <source>The starting catalogue of services could not be set up: %1</source>
            <translation>تعذّر إعداد دليل الخدمات الابتدائي: %1</translation>
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
            <translation>الخيار ‎--output FILE‎ مطلوب</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name</source>
            <translation>الملف %1 موجود مسبقًا؛ اختر اسم ملف جديدًا</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>كُتبت النسخة الاحتياطية في %1.</translation>
        </message>
        <message>
            <source>The database file (default: istiqbal.sqlite in the user's data folder).</source>
            <translation>ملف قاعدة البيانات (الافتراضي: istiqbal.sqlite في مجلد بيانات المستخدم).</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>عرض هذه المساعدة.</translation>
        </message>
        <message>
            <source>Usage: istiqbal [VERB] [OPTIONS]

Without a verb, opens the application window.

Verbs (each takes --database PATH and --help):
  demo --beneficiaries N --cases M [--seed S]   fill a database with synthetic data
  import FILE.csv [--json]                     import beneficiaries from a spreadsheet
  search QUERY [--json] [--limit K]            find beneficiaries by name, ID or phone
  check                                        check the database's integrity
  backup --output FILE                         write an online backup
  version                                      print the version
</source>
            <translation>الاستخدام: istiqbal [VERB] [OPTIONS]

دون أمر يُفتح نافذة التطبيق.

الأوامر (كل منها يقبل ‎--database PATH‎ و‎--help‎):
  demo --beneficiaries N --cases M [--seed S]   تعبئة قاعدة بيانات ببيانات تجريبية
  import FILE.csv [--json]                     استيراد المستفيدين من جدول بيانات
  search QUERY [--json] [--limit K]            البحث عن مستفيد بالاسم أو الهوية أو الجوال
  check                                        فحص سلامة قاعدة البيانات
  backup --output FILE                         كتابة نسخة احتياطية أثناء العمل
  version                                      عرض رقم الإصدار
</translation>
        </message>
        <message>
            <source>istiqbal: unknown verb '%1'; try 'istiqbal help'</source>
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
            <source>line %1: %2</source>
            <translation>السطر %1: %2</translation>
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
            <source>Column "%1" is not a beneficiary field and was ignored.</source>
            <translation>العمود «%1» ليس من بيانات المستفيد فتم تجاهله.</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>لا توجد قاعدة بيانات في %1</translation>
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
            <source>No beneficiary matches "%1".</source>
            <translation>لا يوجد مستفيد يطابق «%1».</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>الملف ليس نصًا بترميز UTF-8. احفظه من برنامج الجداول بصيغة «CSV UTF-8» ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>Line %1: a quoted value is never closed (a " is missing).</source>
            <translation>السطر %1: قيمة بين علامتي تنصيص لم تُغلق (علامة " ناقصة).</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>(Technical detail: %1)</source>
            <translation>(تفاصيل فنية: %1)</translation>
        </message>
        <message>
            <source>No database file was given.</source>
            <translation>لم يُحدَّد ملف قاعدة البيانات.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 مجلد وليس ملف قاعدة بيانات.</translation>
        </message>
        <message>
            <source>Cannot create the database: the folder %1 does not exist.</source>
            <translation>تعذّر إنشاء قاعدة البيانات: المجلد %1 غير موجود.</translation>
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
            <source>%1 is not an Istiqbal database: it is not a database file at all, or it is damaged. The file was not changed.</source>
            <translation>الملف %1 ليس قاعدة بيانات لبرنامج استقبال: إما أنه ليس ملف قاعدة بيانات أصلًا وإما أنه تالف. لم يُغيَّر الملف.</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a database; it cannot be opened. The file was not changed.</source>
            <translation>الملف %1 تالف أو ليس قاعدة بيانات، ولا يمكن فتحه. لم يُغيَّر الملف.</translation>
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
            <source>Cannot prepare the database connection.</source>
            <translation>تعذّر تجهيز الاتصال بقاعدة البيانات.</translation>
        </message>
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
        <message>
            <source>The database is not open.</source>
            <translation>قاعدة البيانات غير مفتوحة.</translation>
        </message>
        <message>
            <source>Cannot start saving: the database is busy or unavailable.</source>
            <translation>تعذّر بدء الحفظ: قاعدة البيانات مشغولة أو غير متاحة.</translation>
        </message>
        <message>
            <source>Cannot save the changes.</source>
            <translation>تعذّر حفظ التغييرات.</translation>
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
        <message>
            <source>A backup cannot be made while changes are being saved.</source>
            <translation>لا يمكن أخذ نسخة احتياطية أثناء حفظ التغييرات.</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name for the backup.</source>
            <translation>الملف %1 موجود مسبقًا؛ اختر اسم ملف جديدًا للنسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>المجلد %1 غير موجود.</translation>
        </message>
        <message>
            <source>The backup could not be made.</source>
            <translation>تعذّر أخذ النسخة الاحتياطية.</translation>
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
        <name>DemoGenerator</name>
        <message>
            <source>The demo needs at least one beneficiary.</source>
            <translation>تحتاج البيانات التجريبية إلى مستفيد واحد على الأقل.</translation>
        </message>
        <message>
            <source>The catalogue has no active service.</source>
            <translation>لا توجد خدمة مفعّلة في دليل الخدمات.</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished">الإحالة</translation>
        </message>
    </context>
    <context>
        <name>DeskText</name>
        <message>
            <source>%1, %2</source>
            <extracomment>a date in both calendars, then a clock time</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln h</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>hours and minutes, e.g. "1 h 5 min"</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 SAR</source>
            <translation type="unfinished">%1 ريال</translation>
        </message>
    </context>
    <context>
        <name>DeskWidget</name>
        <message>
            <source>Today's desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases that arrived today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open cases today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open cases.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln open cases today, the first to arrive at the top.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open cases, the first to arrive at the top.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year/month/day: Hijri (e.g. 1446/09/15) or Gregorian (e.g. 2025-03-15).</source>
            <translation type="unfinished" />
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
            <source>Age on %1 is %2, within the service's age range.</source>
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
            <source>Rabi' al-Awwal</source>
            <translation>ربيع الأول</translation>
        </message>
        <message>
            <source>Rabi' al-Akhir</source>
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
            <source>Sha'ban</source>
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
            <source>Dhu al-Qa'dah</source>
            <translation>ذو القعدة</translation>
        </message>
        <message>
            <source>Dhu al-Hijjah</source>
            <translation>ذو الحجة</translation>
        </message>
        <message>
            <source>The Umm al-Qura calendar is not available on this computer (ICU).</source>
            <translation>تقويم أم القرى غير متوفر على هذا الجهاز (مكتبة ICU).</translation>
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Istiqbal — beneficiary reception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch the interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — Istiqbal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the desk: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's open cases (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive a new visitor, call or letter (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a beneficiary by name, ID or phone (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthExportQuery</name>
        <message>
            <source>Could not read the month's cases.</source>
            <translation type="unfinished" />
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
            <source>A name may not contain digits ("%1").</source>
            <translation>لا يجوز أن يحتوي الاسم على أرقام («%1»).</translation>
        </message>
        <message>
            <source>A name may not contain the invisible character %1.</source>
            <translation>لا يجوز أن يحتوي الاسم على الحرف غير المرئي %1.</translation>
        </message>
        <message>
            <source>A name may not contain "%1": only letters, spaces, hyphens and apostrophes are allowed.</source>
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
            <source>Father's name: %1</source>
            <translation>اسم الأب: %1</translation>
        </message>
        <message>
            <source>Grandfather's name: %1</source>
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
            <source>The national ID's check digit does not match; please check it for a typing mistake.</source>
            <translation>رقم التحقق في الهوية غير مطابق؛ يُرجى التأكد من عدم وجود خطأ في الكتابة.</translation>
        </message>
    </context>
    <context>
        <name>NationalIdEdit</name>
        <message>
            <source>10 digits, starting with 1 or 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A valid national ID (citizen).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A valid iqama number (resident).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln of 10 digits typed.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
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
            <extracomment>The subject of a refusal, "%1 may not ...": who the user is.</extracomment>
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
            <source>%1 may not see the beneficiaries' cases; ask the receptionist or the program officer.</source>
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
            <source>%1 may not register or change a beneficiary's record; ask the receptionist.</source>
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
            <source>%1 may not record a beneficiary's withdrawal; ask the receptionist.</source>
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
            <source>%1 may not write the month's recommendations; ask the manager.</source>
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
            <source>%1 may not make or restore backups; ask the administrator.</source>
            <translation>ليس من صلاحية %1 إنشاء النسخ الاحتياطية أو استعادتها؛ اطلب ذلك من مدير النظام.</translation>
        </message>
        <message>
            <source>%1 may not change the association's details; ask the administrator.</source>
            <translation>ليس من صلاحية %1 تعديل بيانات الجمعية؛ اطلب ذلك من مدير النظام.</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <source>The phone number is empty.</source>
            <translation>رقم الهاتف فارغ.</translation>
        </message>
        <message>
            <source>The phone number must contain digits only (a + may start the country code).</source>
            <translation>يجب أن يتكون رقم الهاتف من أرقام فقط (ويجوز أن تسبق علامة + مفتاح الدولة).</translation>
        </message>
        <message>
            <source>This is not a Saudi phone number: the country code must be +966.</source>
            <translation>هذا ليس رقم هاتف سعوديًا: يجب أن يكون مفتاح الدولة 966.</translation>
        </message>
        <message>
            <source>This is not a Saudi phone number: it must start with 05 (mobile), 01 (landline) or +966.</source>
            <translation>هذا ليس رقم هاتف سعوديًا: يجب أن يبدأ بـ 05 (جوال) أو 01 (هاتف ثابت) أو بمفتاح الدولة 966.</translation>
        </message>
        <message>
            <source>The phone number is too short.</source>
            <translation>رقم الهاتف قصير جدًا.</translation>
        </message>
        <message>
            <source>The mobile number is too short: a Saudi mobile number is 05 followed by 8 digits.</source>
            <translation>رقم الجوال قصير جدًا: رقم الجوال السعودي يبدأ بـ 05 وتليه ٨ أرقام.</translation>
        </message>
        <message>
            <source>The mobile number is too long: a Saudi mobile number is 05 followed by 8 digits.</source>
            <translation>رقم الجوال طويل جدًا: رقم الجوال السعودي يبدأ بـ 05 وتليه ٨ أرقام.</translation>
        </message>
        <message>
            <source>The landline area code must be one of 011 to 017.</source>
            <translation>يجب أن يكون مفتاح المنطقة للهاتف الثابت من 011 إلى 017.</translation>
        </message>
        <message>
            <source>The landline number is too short: a Saudi landline number is the area code (011 to 017) followed by 7 digits.</source>
            <translation>رقم الهاتف الثابت قصير جدًا: رقم الهاتف الثابت السعودي هو مفتاح المنطقة (من 011 إلى 017) وتليه ٧ أرقام.</translation>
        </message>
        <message>
            <source>The landline number is too long: a Saudi landline number is the area code (011 to 017) followed by 7 digits.</source>
            <translation>رقم الهاتف الثابت طويل جدًا: رقم الهاتف الثابت السعودي هو مفتاح المنطقة (من 011 إلى 017) وتليه ٧ أرقام.</translation>
        </message>
        <message>
            <source>This is not a Saudi mobile or landline number: after 0 (or +966) comes 5 for a mobile or 1 for a landline.</source>
            <translation>هذا ليس رقم جوال أو هاتف ثابت سعوديًا: بعد 0 (أو مفتاح الدولة 966) يأتي 5 للجوال أو 1 للهاتف الثابت.</translation>
        </message>
    </context>
    <context>
        <name>PhoneEdit</name>
        <message>
            <source>Mobile number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landline number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Saudi mobile number has 10 digits: 05XXXXXXXX.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecommendationRepository</name>
        <message>
            <source>Could not read the recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recommendations need the month they are for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the recommendations.</source>
            <translation type="unfinished" />
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
        <name>ReportPeriod</name>
        <message>
            <source>%1-%2 is not a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the month as YYYY-MM, e.g. 2025-03 (Gregorian) or 1446-09 (Hijri).</source>
            <translation type="unfinished" />
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
            <source>Could not save the service's required documents.</source>
            <translation>تعذّر حفظ المستندات المطلوبة للخدمة.</translation>
        </message>
        <message>
            <source>The document type %1 does not exist.</source>
            <translation>نوع المستند %1 غير موجود.</translation>
        </message>
        <message>
            <source>Could not save the service's rules.</source>
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
            <source>Could not read the service's rules.</source>
            <translation>تعذّرت قراءة شروط الخدمة.</translation>
        </message>
        <message>
            <source>Version %1 of the service's rules does not exist.</source>
            <translation>الإصدار %1 من شروط الخدمة غير موجود.</translation>
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
            <source>The beneficiary's record has not been saved yet.</source>
            <translation>لم يُحفظ سجل المستفيد بعد.</translation>
        </message>
        <message>
            <source>The beneficiary's record is not linked to this case.</source>
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
            <source>The beneficiary's first and family names are required.</source>
            <translation>الاسم الأول واسم العائلة للمستفيد مطلوبان.</translation>
        </message>
        <message>
            <source>The beneficiary's ID number is not recorded.</source>
            <translation>رقم هوية المستفيد غير مسجل.</translation>
        </message>
        <message>
            <source>The beneficiary's consent to the use of their data is not recorded.</source>
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
            <source>The beneficiary's data has not been marked as verified.</source>
            <translation>لم يُؤكَّد التحقق من صحة بيانات المستفيد.</translation>
        </message>
        <message>
            <source>The beneficiary's signed declaration has not been recorded.</source>
            <translation>لم يُسجَّل إقرار المستفيد الموقَّع.</translation>
        </message>
        <message>
            <source>The day the case is handled is not set, so eligibility cannot be judged.</source>
            <translation>لم يُحدَّد يوم معالجة الحالة، فلا يمكن الحكم على الاستحقاق.</translation>
        </message>
        <message>
            <source>The service's eligibility rules are not met; a program officer may override them with a written reason:</source>
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
            <source>The delivery is waiting for the program officer's approval.</source>
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
            <translation type="unfinished" />
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
        <name>SurveySummaryQueries</name>
        <message>
            <source>Could not compute the survey figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not compute the inquiry figures.</source>
            <translation type="unfinished" />
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
            <source>Write the program officer's answer.</source>
            <translation>اكتب رد مسؤول البرامج.</translation>
        </message>
        <message>
            <source>This case is not at the referral step; there is nothing to resume.</source>
            <translation>هذه الحالة ليست في خطوة الإحالة، فلا يوجد ما يُستأنف.</translation>
        </message>
        <message>
            <source>Only an inquiry can be answered at the desk; this case's purpose is: %1.</source>
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
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>The database %1 could not be opened: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reception desk</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
