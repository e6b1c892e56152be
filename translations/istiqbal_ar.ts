<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Istiqbal</source>
            <translation>استقبال</translation>
        </message>
        <message>
            <source>Istiqbal — Beneficiary reception</source>
            <translation>استقبال — استقبال المستفيدين</translation>
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
</TS>
