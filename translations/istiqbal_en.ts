<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalQueuePanel</name>
    <message numerus="yes">
        <source>%Ln delivery(ies) waiting for your approval, the oldest at the top.</source>
        <translation>
            <numerusform>%Ln delivery waiting for your approval.</numerusform>
            <numerusform>%Ln deliveries waiting for your approval, the oldest at the top.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message numerus="yes">
        <source>The record of where the audit trail ends is missing (the trail has %n entries, up to entry %1): its last entries may have been removed.</source>
        <translation>
            <numerusform>The record of where the audit trail ends is missing (the trail has %n entry, entry %1): its last entries may have been removed.</numerusform>
            <numerusform>The record of where the audit trail ends is missing (the trail has %n entries, up to entry %1): its last entries may have been removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is empty, but %n entries were written up to entry %1: they were removed.</source>
        <translation>
            <numerusform>The audit trail is empty, but %n entry was written, entry %1: it was removed.</numerusform>
            <numerusform>The audit trail is empty, but %n entries were written up to entry %1: they were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail ends at entry %1, but %n entries were written up to entry %2: the entries after %1 were removed.</source>
        <translation>
            <numerusform>The audit trail ends at entry %1, but %n entry was written, entry %2: the entries after %1 were removed.</numerusform>
            <numerusform>The audit trail ends at entry %1, but %n entries were written up to entry %2: the entries after %1 were removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>The latest %Ln entries, newest first; scroll down for older ones.</source>
        <translation>
            <numerusform>The latest entry; scroll down for older ones.</numerusform>
            <numerusform>The latest %Ln entries, newest first; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, newest first.</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is verified: all %Ln entries are sealed and follow one another.</source>
        <translation>
            <numerusform>The audit trail is verified: its one entry is sealed.</numerusform>
            <numerusform>The audit trail is verified: all %Ln entries are sealed and follow one another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStatusPanel</name>
    <message numerus="yes">
        <source>Last good backup: %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Last good backup: %1, %n day ago.</numerusform>
            <numerusform>Last good backup: %1, %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeneficiarySearchPanel</name>
    <message numerus="yes">
        <source>The first %Ln matches; type more to narrow them down.</source>
        <translation>
            <numerusform>The first match; type more to narrow it down.</numerusform>
            <numerusform>The first %Ln matches; type more to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beneficiaries found.</source>
        <translation>
            <numerusform>%Ln beneficiary found.</numerusform>
            <numerusform>%Ln beneficiaries found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1 already holds %n beneficiaries; demo data goes into a new database only</source>
        <translation>
            <numerusform>%1 already holds %n beneficiary; demo data goes into a new database only</numerusform>
            <numerusform>%1 already holds %n beneficiaries; demo data goes into a new database only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n beneficiaries.</source>
        <translation>
            <numerusform>Imported %n beneficiary.</numerusform>
            <numerusform>Imported %n beneficiaries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is verified: %n entries, each sealed and following the one before.</source>
        <translation>
            <numerusform>The audit trail is verified: %n entry, sealed.</numerusform>
            <numerusform>The audit trail is verified: %n entries, each sealed and following the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2 (schema version %3, %n audit entries verified).</source>
        <translation>
            <numerusform>Restored %1 from %2 (schema version %3, %n audit entry verified).</numerusform>
            <numerusform>Restored %1 from %2 (schema version %3, %n audit entries verified).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed backup written to %1 and opened again with the passphrase: %n audit entries verified. Keep the passphrase apart from the copy; without it the backup cannot be restored.</source>
        <translation>
            <numerusform>Sealed backup written to %1 and opened again with the passphrase: %n audit entry verified. Keep the passphrase apart from the copy; without it the backup cannot be restored.</numerusform>
            <numerusform>Sealed backup written to %1 and opened again with the passphrase: %n audit entries verified. Keep the passphrase apart from the copy; without it the backup cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 and checked: %n audit entries verified.</source>
        <translation>
            <numerusform>Backup written to %1 and checked: %n audit entry verified.</numerusform>
            <numerusform>Backup written to %1 and checked: %n audit entries verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the passphrase must have at least %n characters; nothing was written</source>
        <translation>
            <numerusform>the passphrase must have at least %n character; nothing was written</numerusform>
            <numerusform>the passphrase must have at least %n characters; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not intact: %n problem(s), listed above.</source>
        <translation>
            <numerusform>%1 is not intact: %n problem, listed above.</numerusform>
            <numerusform>%1 is not intact: %n problems, listed above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2 with PostgreSQL&apos;s pg_restore (schema version %3, %n audit entries verified).</source>
        <translation>
            <numerusform>Restored %1 from %2 with PostgreSQL&apos;s pg_restore (schema version %3, %n audit entry verified).</numerusform>
            <numerusform>Restored %1 from %2 with PostgreSQL&apos;s pg_restore (schema version %3, %n audit entries verified).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after a person&apos;s last closed case.</source>
        <translation>
            <numerusform>Retention period: %n year after a person&apos;s last closed case.</numerusform>
            <numerusform>Retention period: %n years after a person&apos;s last closed case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past it:</source>
        <translation>
            <numerusform>%n person past it:</numerusform>
            <numerusform>%n people past it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to remove</source>
        <translation>
            <numerusform>%n value to remove</numerusform>
            <numerusform>%n values to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past the retention period anonymised.</source>
        <translation>
            <numerusform>%n person past the retention period anonymised.</numerusform>
            <numerusform>%n people past the retention period anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised since the backup was made were anonymised again in it.</source>
        <translation>
            <numerusform>%n person anonymised since the backup was made was anonymised again in it.</numerusform>
            <numerusform>%n people anonymised since the backup was made were anonymised again in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataRequestModel</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open, due in %Ln day(s)</source>
        <translation>
            <numerusform>Open, due in %Ln day</numerusform>
            <numerusform>Open, due in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataRequestsPage</name>
    <message numerus="yes">
        <source>%Ln request(s) shown; %1 overdue, in red. Today is %2.</source>
        <translation>
            <numerusform>%Ln request shown; %1 overdue, in red. Today is %2.</numerusform>
            <numerusform>%Ln requests shown; %1 overdue, in red. Today is %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>The file is only %n byte(s) long: it was cut off and is not a whole database.</source>
        <translation>
            <numerusform>The file is only %n byte long: it was cut off and is not a whole database.</numerusform>
            <numerusform>The file is only %n bytes long: it was cut off and is not a whole database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary(ies) cannot be found by name: their search keys are missing.</source>
        <translation>
            <numerusform>%n beneficiary cannot be found by name: their search keys are missing.</numerusform>
            <numerusform>%n beneficiaries cannot be found by name: their search keys are missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search key(s) belong to no beneficiary.</source>
        <translation>
            <numerusform>%n search key belongs to no beneficiary.</numerusform>
            <numerusform>%n search keys belong to no beneficiary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is damaged: %n problem(s) found. Restore the latest backup. First problem: %1</source>
        <translation>
            <numerusform>The database is damaged: %n problem found. Restore the latest backup. The problem: %1</numerusform>
            <numerusform>The database is damaged: %n problems found. Restore the latest backup. First problem: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refer to records that do not exist (in: %1).</source>
        <translation>
            <numerusform>%n record refers to a record that does not exist (in: %1).</numerusform>
            <numerusform>%n records refer to records that do not exist (in: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) cannot be found by name: their search keys are missing.</source>
        <translation>
            <numerusform>%n organisation cannot be found by name: its search keys are missing.</numerusform>
            <numerusform>%n organisations cannot be found by name: their search keys are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message numerus="yes">
        <source>%Ln open cases today, the first to arrive at the top.</source>
        <translation>
            <numerusform>%Ln open case today.</numerusform>
            <numerusform>%Ln open cases today, the first to arrive at the top.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open cases, the first to arrive at the top.</source>
        <translation>
            <numerusform>%Ln open case.</numerusform>
            <numerusform>%Ln open cases, the first to arrive at the top.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskText</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityReviewPanel</name>
    <message numerus="yes">
        <source>%Ln case(s) blocked at verification by an eligibility rule, the oldest at the top.</source>
        <translation>
            <numerusform>%Ln case blocked at verification by an eligibility rule.</numerusform>
            <numerusform>%Ln cases blocked at verification by an eligibility rule, the oldest at the top.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>Due in %Ln day</numerusform>
            <numerusform>Due in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due, the earliest first. Today is %1.</source>
        <translation>
            <numerusform>%Ln follow-up due. Today is %1.</numerusform>
            <numerusform>%Ln follow-ups due, the earliest first. Today is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due, the earliest first; %1 overdue, marked in red. Today is %2.</source>
        <translation>
            <numerusform>%Ln follow-up due; %1 overdue, marked in red. Today is %2.</numerusform>
            <numerusform>%Ln follow-ups due, the earliest first; %1 overdue, marked in red. Today is %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InformationPage</name>
    <message numerus="yes">
        <source>%Ln registered beneficiary(s) may be this visitor: use the record if it is the same person.</source>
        <translation>
            <numerusform>%Ln registered beneficiary may be this visitor: use the record if it is the same person.</numerusform>
            <numerusform>%Ln registered beneficiaries may be this visitor: use the record if it is the same person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamePart</name>
    <message numerus="yes">
        <source>The name is too long: at most 50 characters are allowed; this one has %n.</source>
        <translation>
            <numerusform>The name is too long: at most 50 characters are allowed; this one has %n.</numerusform>
            <numerusform>The name is too long: at most 50 characters are allowed; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message numerus="yes">
        <source>The national ID must have 10 digits; this one has %n.</source>
        <translation>
            <numerusform>The national ID must have 10 digits; this one has %n.</numerusform>
            <numerusform>The national ID must have 10 digits; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NationalIdEdit</name>
    <message numerus="yes">
        <source>%Ln of 10 digits typed.</source>
        <translation>
            <numerusform>%Ln of 10 digits typed.</numerusform>
            <numerusform>%Ln of 10 digits typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message numerus="yes">
        <source>has more than %n decimals</source>
        <translation>
            <numerusform>has more than %n decimal</numerusform>
            <numerusform>has more than %n decimals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message numerus="yes">
        <source>%n approved answer(s) match what the visitor asks.</source>
        <translation>
            <numerusform>%n approved answer matches what the visitor asks.</numerusform>
            <numerusform>%n approved answers match what the visitor asks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralQueuePanel</name>
    <message numerus="yes">
        <source>%Ln referral(s) waiting for your answer, the oldest at the top.</source>
        <translation>
            <numerusform>%Ln referral waiting for your answer.</numerusform>
            <numerusform>%Ln referrals waiting for your answer, the oldest at the top.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message numerus="yes">
        <source>%n person(s) past the retention period.</source>
        <translation>
            <numerusform>%n person past the retention period.</numerusform>
            <numerusform>%n people past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n person(s) anonymised; the others are still listed.</source>
        <translation>
            <numerusform>Stopped: %n person anonymised; the others are still listed.</numerusform>
            <numerusform>Stopped: %n people anonymised; the others are still listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n people anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message numerus="yes">
        <source>%n other session(s) have the database open (%1). Close Istiqbal on every desk, and any other program using the database, then run restore again.</source>
        <translation>
            <numerusform>%n other session has the database open (%1). Close Istiqbal on every desk, and any other program using the database, then run restore again.</numerusform>
            <numerusform>%n other sessions have the database open (%1). Close Istiqbal on every desk, and any other program using the database, then run restore again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message numerus="yes">
        <source>%Ln member(s); monthly income %1</source>
        <translation>
            <numerusform>%Ln member; monthly income %1</numerusform>
            <numerusform>%Ln members; monthly income %1</numerusform>
        </translation>
    </message>
</context>
</TS>
