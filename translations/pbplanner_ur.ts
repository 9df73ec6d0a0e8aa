<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en_GB">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>The file could not be saved: the folder %1 does not exist. Choose a folder that exists, such as your Documents folder.</source>
        <translation>فائل محفوظ نہیں ہو سکی: فولڈر %1 موجود نہیں ہے۔ کوئی ایسا فولڈر چنیں جو موجود ہو، جیسے آپ کا Documents فولڈر۔</translation>
    </message>
    <message>
        <source>The file could not be saved: %1 is a folder. Choose a file name inside it.</source>
        <translation>فائل محفوظ نہیں ہو سکی: %1 ایک فولڈر ہے۔ اس کے اندر فائل کا کوئی نام چنیں۔</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: you can&apos;t save files in the folder %2 (it may be read-only, or belong to someone else). Choose another folder, such as your Documents folder.</source>
        <translation>فائل %1 کے نام سے محفوظ نہیں ہو سکی: آپ فولڈر %2 میں فائلیں محفوظ نہیں کر سکتے (ہو سکتا ہے یہ صرف پڑھنے کے لیے ہو، یا کسی اور کا ہو)۔ کوئی دوسرا فولڈر چنیں، جیسے آپ کا Documents فولڈر۔</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: the disk may be full. Nothing was changed. Free some space or choose another place, then try again.</source>
        <translation>فائل %1 کے نام سے محفوظ نہیں ہو سکی: ہو سکتا ہے ڈسک بھر گئی ہو۔ کچھ بھی تبدیل نہیں ہوا۔ کچھ جگہ خالی کریں یا کوئی اور جگہ چنیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The file could not be saved as %1. Nothing was changed. Check that you may save files there, then try again.</source>
        <translation>فائل %1 کے نام سے محفوظ نہیں ہو سکی۔ کچھ بھی تبدیل نہیں ہوا۔ دیکھ لیں کہ آپ وہاں فائلیں محفوظ کر سکتے ہیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The file could not be written: the disk may be full. Nothing was changed. Free some space or choose another place, then try again.</source>
        <translation>فائل لکھی نہیں جا سکی: ہو سکتا ہے ڈسک بھر گئی ہو۔ کچھ بھی تبدیل نہیں ہوا۔ کچھ جگہ خالی کریں یا کوئی اور جگہ چنیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>BudgetExplanation</name>
    <message>
        <source>This budget was worked out with a scheme (“%1”) that this program does not have, so the steps can&apos;t be shown here. Ask the council how the amount was worked out.</source>
        <translation>یہ بجٹ ایک ایسی اسکیم (“%1”) سے نکالا گیا تھا جو اس پروگرام میں موجود نہیں، اس لیے اس کے مراحل یہاں نہیں دکھائے جا سکتے۔ کونسل سے پوچھیں کہ یہ رقم کیسے نکالی گئی۔</translation>
    </message>
    <message>
        <source>The answers saved with this budget no longer fit the scheme “%1”, so the steps can&apos;t be shown here. %2</source>
        <translation>اس بجٹ کے ساتھ محفوظ کیے گئے جوابات اب اسکیم “%1” سے میل نہیں کھاتے، اس لیے مراحل یہاں نہیں دکھائے جا سکتے۔ %2</translation>
    </message>
</context>
<context>
    <name>BuildUpCheck</name>
    <message>
        <source>Money is building up: you have %1, more than %2 weeks of your budget (%3). The council may ask for some of it back. Talk to them about what you are keeping it for, or whether your payments should change.</source>
        <extracomment>%1 the balance, %2 a number of weeks, %3 what that many weeks of the budget come to</extracomment>
        <translation>رقم جمع ہو رہی ہے: آپ کے پاس %1 ہیں، جو آپ کے بجٹ کے %2 ہفتوں (%3) سے زیادہ ہیں۔ کونسل اس میں سے کچھ رقم واپس مانگ سکتی ہے۔ ان سے بات کریں کہ آپ یہ رقم کس لیے رکھ رہے ہیں، یا کیا آپ کی ادائیگیاں بدلنی چاہییں۔</translation>
    </message>
</context>
<context>
    <name>BuildUpWeeksCommand</name>
    <message>
        <source>change the weeks of budget</source>
        <translation>بجٹ کے ہفتے تبدیل کریں</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Needs changing</source>
        <translation>تبدیلی ضروری ہے</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>دیکھنے کے لائق</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>مشورہ</translation>
    </message>
    <message>
        <source>%1&apos;s plan: no problems found.</source>
        <translation>%1 کا منصوبہ: کوئی مسئلہ نہیں ملا۔</translation>
    </message>
    <message>
        <source>%1&apos;s plan:</source>
        <translation>%1 کا منصوبہ:</translation>
    </message>
    <message>
        <source>Check a plan and list what needs changing (exit status 1 on errors).</source>
        <translation>منصوبہ چیک کریں اور بتائیں کہ کیا بدلنا ضروری ہے (غلطیوں پر exit status 1)۔</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>
Run &quot;pbplanner &lt;command&gt; --help&quot; for a command&apos;s options.

Exit status: 0 done; 1 the plan has errors (check), or some plans were skipped
(export); 2 the command line was wrong; 3 a file could not be read or written.
</source>
        <translation>
کسی کمانڈ کے options دیکھنے کے لیے &quot;pbplanner &lt;command&gt; --help&quot; چلائیں۔

Exit status: 0 کام ہو گیا؛ 1 منصوبے میں غلطیاں ہیں (check)، یا کچھ منصوبے چھوڑ دیے گئے
(export)؛ 2 کمانڈ لائن غلط تھی؛ 3 کوئی فائل پڑھی یا لکھی نہیں جا سکی۔
</translation>
    </message>
    <message>
        <source>pbplanner: &quot;%1&quot; is not a command.</source>
        <translation>pbplanner: &quot;%1&quot; کوئی کمانڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner --help&quot; to see the commands.</source>
        <translation>مشورہ: کمانڈز دیکھنے کے لیے &quot;pbplanner --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>یہ مدد دکھائیں۔</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner %1 --help&quot; to see its options.</source>
        <translation>مشورہ: اس کے options دیکھنے کے لیے &quot;pbplanner %1 --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner %1 --help&quot; to see how to use it.</source>
        <translation>مشورہ: اسے استعمال کرنے کا طریقہ دیکھنے کے لیے &quot;pbplanner %1 --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>Usage: pbplanner [--db FILE | --demo] [PLAN.pbplan]  start the window
       pbplanner &lt;command&gt; [options] [files]        work without a window

A plan file named when starting the window is imported into the caseload
and opened. Start in another language with --language CODE (en, cy, pl
or ur).

Commands:
</source>
        <translation>استعمال: pbplanner [--db FILE | --demo] [PLAN.pbplan]  ونڈو شروع کریں
       pbplanner &lt;command&gt; [options] [files]        ونڈو کے بغیر کام کریں

ونڈو شروع کرتے وقت جس منصوبے کی فائل کا نام دیا جائے، وہ کیس لوڈ میں امپورٹ
ہو کر کھل جاتی ہے۔ کسی اور زبان میں شروع کرنے کے لیے --language CODE (en، cy، pl
یا ur) استعمال کریں۔

کمانڈز:
</translation>
    </message>
</context>
<context>
    <name>CliSyntax</name>
    <message>
        <source>Usage: %1</source>
        <translation>استعمال: %1</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>استعمال: </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>اختیارات (options):</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>آرگیومنٹس (arguments):</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This file can&apos;t be read as a statement: on row %1 a value starts with a quote mark (&quot;) that is never closed. Save the statement from your bank again as a CSV file and try once more.</source>
        <translation>یہ فائل بینک اسٹیٹمنٹ کے طور پر نہیں پڑھی جا سکتی: قطار %1 پر ایک قدر واوین (&quot;) سے شروع ہوتی ہے جو کبھی بند نہیں ہوتی۔ اپنے بینک سے اسٹیٹمنٹ دوبارہ CSV فائل کے طور پر محفوظ کریں اور پھر کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the folder and the file name, or make a new database.</source>
        <translation>%1 پر کوئی ڈیٹابیس نہیں ہے۔ فولڈر اور فائل کا نام چیک کریں، یا نیا ڈیٹابیس بنائیں۔</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose the database file inside it.</source>
        <translation>%1 ایک فولڈر ہے، ڈیٹابیس فائل نہیں۔ اس کے اندر موجود ڈیٹابیس فائل چنیں۔</translation>
    </message>
    <message>
        <source>The database %1 can&apos;t be read: this account is not allowed to open it. Nothing was changed. Ask whoever looks after this computer to give you access.</source>
        <translation>ڈیٹابیس %1 پڑھا نہیں جا سکتا: اس اکاؤنٹ کو اسے کھولنے کی اجازت نہیں ہے۔ کچھ بھی تبدیل نہیں ہوا۔ جو شخص اس کمپیوٹر کی دیکھ بھال کرتا ہے، اس سے رسائی مانگیں۔</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a Personal Budget Planner database, so it wasn&apos;t opened and nothing in it was changed. Choose the database file instead.</source>
        <translation>%1 کوئی Personal Budget Planner ڈیٹابیس نہیں ہے، اس لیے اسے کھولا نہیں گیا اور اس میں کچھ بھی تبدیل نہیں ہوا۔ اس کے بجائے ڈیٹابیس فائل چنیں۔</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so it wasn&apos;t opened and nothing was changed. Make the file writable (in its properties), or open it only for looking.</source>
        <translation>ڈیٹابیس %1 صرف پڑھنے کے لیے ہے، اس لیے اسے کھولا نہیں گیا اور کچھ بھی تبدیل نہیں ہوا۔ فائل کو قابلِ تحریر بنائیں (اس کی properties میں)، یا اسے صرف دیکھنے کے لیے کھولیں۔</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be changed. The program keeps small working files beside the database while it is open, so the database wasn&apos;t opened and nothing was changed. Move it to a folder you can change, such as your Documents folder.</source>
        <translation>فولڈر %1 میں تبدیلی نہیں کی جا سکتی۔ ڈیٹابیس کھلا ہونے کے دوران پروگرام اس کے ساتھ کچھ چھوٹی عارضی فائلیں رکھتا ہے، اس لیے ڈیٹابیس کو کھولا نہیں گیا اور کچھ بھی تبدیل نہیں ہوا۔ اسے کسی ایسے فولڈر میں منتقل کریں جس میں آپ تبدیلی کر سکیں، جیسے آپ کا Documents فولڈر۔</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Personal Budget Planner, so this version can&apos;t open it. Nothing in it was changed. Install the newer version of the program to open it.</source>
        <translation>یہ ڈیٹابیس Personal Budget Planner کے نئے ورژن سے محفوظ کیا گیا تھا، اس لیے یہ ورژن اسے نہیں کھول سکتا۔ اس میں کچھ بھی تبدیل نہیں ہوا۔ اسے کھولنے کے لیے پروگرام کا نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <source>This database was made by an earlier version of Personal Budget Planner and must be updated before it can be used, which can&apos;t be done when it is opened only for looking. Nothing was changed. Open it normally; a backup copy is made before the update.</source>
        <translation>یہ ڈیٹابیس Personal Budget Planner کے پرانے ورژن سے بنایا گیا تھا اور استعمال سے پہلے اسے اپ ڈیٹ کرنا ضروری ہے، جو صرف دیکھنے کے لیے کھولنے پر نہیں ہو سکتا۔ کچھ بھی تبدیل نہیں ہوا۔ اسے عام طریقے سے کھولیں؛ اپ ڈیٹ سے پہلے ایک بیک اپ کاپی بنائی جاتی ہے۔</translation>
    </message>
    <message>
        <source>There is already a file at %1, so a new database wasn&apos;t made there and that file was left as it was. Choose another name.</source>
        <translation>%1 پر پہلے سے ایک فائل موجود ہے، اس لیے وہاں نیا ڈیٹابیس نہیں بنایا گیا اور وہ فائل جیسی تھی ویسی ہی رہی۔ کوئی دوسرا نام چنیں۔</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist, so the database couldn&apos;t be made there. Choose a folder that exists.</source>
        <translation>فولڈر %1 موجود نہیں ہے، اس لیے وہاں ڈیٹابیس نہیں بنایا جا سکا۔ کوئی ایسا فولڈر چنیں جو موجود ہو۔</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be changed, so the database couldn&apos;t be made there. Choose a folder you can change, such as your Documents folder.</source>
        <translation>فولڈر %1 میں تبدیلی نہیں کی جا سکتی، اس لیے وہاں ڈیٹابیس نہیں بنایا جا سکا۔ کوئی ایسا فولڈر چنیں جس میں آپ تبدیلی کر سکیں، جیسے آپ کا Documents فولڈر۔</translation>
    </message>
    <message>
        <source>The program&apos;s database component (Qt&apos;s SQLite driver) is missing, so no database can be opened. Reinstall Personal Budget Planner.</source>
        <translation>پروگرام کا ڈیٹابیس والا حصہ (Qt کا SQLite ڈرائیور) موجود نہیں ہے، اس لیے کوئی ڈیٹابیس نہیں کھولا جا سکتا۔ Personal Budget Planner دوبارہ انسٹال کریں۔</translation>
    </message>
    <message>
        <source>This database belongs to another program, so it wasn&apos;t opened and nothing in it was changed. Choose a Personal Budget Planner database.</source>
        <translation>یہ ڈیٹابیس کسی اور پروگرام کا ہے، اس لیے اسے کھولا نہیں گیا اور اس میں کچھ بھی تبدیل نہیں ہوا۔ Personal Budget Planner کا ڈیٹابیس چنیں۔</translation>
    </message>
    <message>
        <source>The new database couldn&apos;t be set up.</source>
        <translation>نیا ڈیٹابیس تیار نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>The database needs updating for this version of the program, and the update couldn&apos;t be finished, so it wasn&apos;t opened.</source>
        <translation>پروگرام کے اس ورژن کے لیے ڈیٹابیس کو اپ ڈیٹ کرنا ضروری ہے، اور اپ ڈیٹ مکمل نہیں ہو سکا، اس لیے اسے کھولا نہیں گیا۔</translation>
    </message>
    <message>
        <source>The database needs updating for this version of the program, but a safety copy couldn&apos;t be made first, so it wasn&apos;t updated or opened and nothing was changed. Make sure there is free space on the disk and that the folder can be changed, then try again.</source>
        <translation>پروگرام کے اس ورژن کے لیے ڈیٹابیس کو اپ ڈیٹ کرنا ضروری ہے، لیکن پہلے حفاظتی کاپی نہیں بنائی جا سکی، اس لیے اسے نہ اپ ڈیٹ کیا گیا نہ کھولا گیا اور کچھ بھی تبدیل نہیں ہوا۔ یقینی بنائیں کہ ڈسک پر خالی جگہ ہے اور فولڈر میں تبدیلی کی جا سکتی ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new database file to make (it must not exist yet).</source>
        <translation>بنانے کے لیے نئی ڈیٹابیس فائل (یہ پہلے سے موجود نہیں ہونی چاہیے)۔</translation>
    </message>
    <message>
        <source>Make this many made-up people instead of the eight demo people.</source>
        <translation>آٹھ ڈیمو لوگوں کے بجائے اتنے فرضی لوگ بنائیں۔</translation>
    </message>
    <message>
        <source>Write the demo people as .pbplan files into this folder.</source>
        <translation>ڈیمو لوگوں کو .pbplan فائلوں کے طور پر اس فولڈر میں لکھیں۔</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>غیر متوقع argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say where to make the database, like: pbplanner demo --db demo.pbdb</source>
        <translation>بتائیں کہ ڈیٹابیس کہاں بنانا ہے، جیسے: pbplanner demo --db demo.pbdb</translation>
    </message>
    <message>
        <source>Made %1 with the demo caseload (%2 people).</source>
        <translation>ڈیمو کیس لوڈ (لوگوں کی فہرست) کے ساتھ %1 بنا دیا گیا (%2 لوگ)۔</translation>
    </message>
    <message>
        <source>--people takes a whole number from 1 to 1,000,000</source>
        <translation>--people کے لیے 1 سے 1,000,000 تک کا پورا عدد دیں</translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 people</source>
        <translation><byte value="xd"/>%2 میں سے %1 لوگ</translation>
    </message>
    <message>
        <source>Made %1 with %2 made-up people in %3 s.</source>
        <translation>%2 فرضی لوگوں کے ساتھ %1 بنا دیا گیا، %3 سیکنڈ میں۔</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>فولڈر %1 نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>Make a demo caseload database (or N made-up people).</source>
        <translation>ڈیمو کیس لوڈ (لوگوں کی فہرست) کا ڈیٹابیس بنائیں (یا N فرضی لوگ)۔</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>There is already a file at %1. Choose a new file name, so nothing is overwritten.</source>
        <translation>%1 پر پہلے سے ایک فائل موجود ہے۔ فائل کا نیا نام چنیں، تاکہ کچھ بھی اوور رائٹ نہ ہو۔</translation>
    </message>
</context>
<context>
    <name>DirectPaymentReturn</name>
    <message>
        <source>Money paid in</source>
        <translation>جمع کرائی گئی رقم</translation>
    </message>
    <message>
        <source>Other spending (not linked to support in the plan)</source>
        <translation>دیگر اخراجات (منصوبے میں شامل مدد سے منسلک نہیں)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>a period of time: &quot;1 April 2026 to 30 June 2026&quot;</extracomment>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>ابتدائی بقایا رقم</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>آنے والی رقم</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>جانے والی رقم</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>آخری بقایا رقم</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Amount (£)</source>
        <translation>رقم (£)</translation>
    </message>
    <message>
        <source>Balance on %1</source>
        <extracomment>%1 a date: the money in the account at the start of that day
----------
%1 a date: the money in the account at the end of that day</extracomment>
        <translation>%1 کو بقایا رقم</translation>
    </message>
    <message>
        <source>Total money in</source>
        <translation>آنے والی کل رقم</translation>
    </message>
    <message>
        <source>Total money out</source>
        <translation>جانے والی کل رقم</translation>
    </message>
    <message>
        <source>Direct payment return</source>
        <translation>براہ راست ادائیگی کا گوشوارہ</translation>
    </message>
    <message>
        <source>Direct payment return for %1</source>
        <translation>%1 کے لیے براہ راست ادائیگی کا گوشوارہ</translation>
    </message>
    <message>
        <source>%1 - direct payment return, %2</source>
        <translation>%1 - براہ راست ادائیگی کا گوشوارہ، %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Money in the account on %1</source>
        <translation>%1 کو اکاؤنٹ میں رقم</translation>
    </message>
    <message>
        <source>The direct payment is paid to %1.</source>
        <translation>براہ راست ادائیگی %1 کو کی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>No money was paid in during this period.</source>
        <translation>اس مدت میں کوئی رقم جمع نہیں کرائی گئی۔</translation>
    </message>
    <message>
        <source>Paid in by</source>
        <translation>رقم جمع کرانے والا</translation>
    </message>
    <message>
        <source>Money out, by kind of support</source>
        <translation>جانے والی رقم، مدد کی قسم کے لحاظ سے</translation>
    </message>
    <message>
        <source>No money was paid out during this period.</source>
        <translation>اس مدت میں کوئی رقم ادا نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>مدد کی قسم</translation>
    </message>
    <message>
        <source>Every payment</source>
        <translation>ہر ادائیگی</translation>
    </message>
    <message>
        <source>There were no payments in this period.</source>
        <translation>اس مدت میں کوئی ادائیگی نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>کس لیے</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>At the foot of every page of a printed plan: &quot;Page 2 of 7&quot;</extracomment>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A draft&apos;s footer: %1 the watermark (&quot;DRAFT&quot;), %2 the footer&apos;s words</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The page is too small to print the plan on. Choose A4 or Letter paper.</source>
        <translation>صفحہ اتنا چھوٹا ہے کہ اس پر منصوبہ پرنٹ نہیں ہو سکتا۔ A4 یا Letter کاغذ چنیں۔</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: the printer or file would not start. Try again, or choose another printer or place.</source>
        <translation>منصوبہ پرنٹ یا محفوظ نہیں ہو سکا: پرنٹر یا فائل شروع نہیں ہوئی۔ دوبارہ کوشش کریں، یا کوئی دوسرا پرنٹر یا جگہ چنیں۔</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: a new page could not be started. Try again, or choose another printer or place.</source>
        <translation>منصوبہ پرنٹ یا محفوظ نہیں ہو سکا: نیا صفحہ شروع نہیں ہو سکا۔ دوبارہ کوشش کریں، یا کوئی دوسرا پرنٹر یا جگہ چنیں۔</translation>
    </message>
    <message>
        <source>The plan could not be printed or saved: the last page could not be finished. Try again, or choose another printer or place.</source>
        <translation>منصوبہ پرنٹ یا محفوظ نہیں ہو سکا: آخری صفحہ مکمل نہیں ہو سکا۔ دوبارہ کوشش کریں، یا کوئی دوسرا پرنٹر یا جگہ چنیں۔</translation>
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>Support plan for %1</source>
        <translation>%1 کے لیے مدد کا منصوبہ</translation>
    </message>
    <message>
        <source>My support plan: %1</source>
        <extracomment>The easy-read plan&apos;s title; %1 is the person&apos;s name</extracomment>
        <translation>میرا مدد کا منصوبہ: %1</translation>
    </message>
    <message>
        <source>%1 · plan version %2 · %3</source>
        <extracomment>Footer on every page: name · plan version 2 · agreed 12 May 2026</extracomment>
        <translation>%1 · منصوبے کا ورژن %2 · %3</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>Printed across every page of a plan that is not agreed yet</extracomment>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <extracomment>Printed across every page of an old version a newer one has replaced</extracomment>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>مسودہ %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>منظور شدہ %1</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>agreed %1, replaced by a newer version</source>
        <translation>منظور شدہ %1، ایک نئے ورژن نے اس کی جگہ لے لی</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>ایک نئے ورژن نے اس کی جگہ لے لی</translation>
    </message>
</context>
<context>
    <name>EasyReadMoneySections</name>
    <message>
        <source>I do not know how much money I get yet.</source>
        <translation>مجھے ابھی نہیں پتا کہ مجھے کتنی رقم ملے گی۔</translation>
    </message>
    <message>
        <source>My budget is %1.</source>
        <translation>میرا بجٹ %1 ہے۔</translation>
    </message>
    <message>
        <source>That is about %1.</source>
        <translation>یہ تقریباً %1 بنتا ہے۔</translation>
    </message>
    <message>
        <source>The council has agreed this amount.</source>
        <translation>کونسل نے یہ رقم منظور کر دی ہے۔</translation>
    </message>
    <message>
        <source>The council may change this amount.</source>
        <translation>کونسل یہ رقم بدل سکتی ہے۔</translation>
    </message>
    <message>
        <source>My support costs %1.</source>
        <translation>میری مدد پر %1 خرچ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>My support costs %1 more than my budget %2.</source>
        <translation>میری مدد پر میرے بجٹ سے %2 %1 زیادہ خرچ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>We need to change my plan, or ask for more money.</source>
        <translation>ہمیں میرا منصوبہ بدلنا ہو گا۔ یا مزید رقم مانگنی ہو گی۔</translation>
    </message>
    <message>
        <source>All my money is planned.</source>
        <translation>میری ساری رقم کا منصوبہ بن گیا ہے۔</translation>
    </message>
    <message>
        <source>I have %1 left over %2.</source>
        <translation>میرے پاس %2 %1 بچ جاتے ہیں۔</translation>
    </message>
    <message>
        <source>My money comes from these places.</source>
        <translation>میری رقم ان جگہوں سے آتی ہے۔</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>Easy-read: where some of the money comes from: &quot;Council social care: £6,660 each year.&quot;</extracomment>
        <translation>%1: %2۔</translation>
    </message>
    <message>
        <source>My money</source>
        <translation>میری رقم</translation>
    </message>
    <message>
        <source>I get the money to pay for my support. This is called a direct payment.</source>
        <translation>میری مدد کی رقم مجھے ملتی ہے۔ اسے براہ راست ادائیگی کہتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 gets the money for me. This is called a direct payment.</source>
        <translation>میرے لیے رقم %1 کو ملتی ہے۔ اسے براہ راست ادائیگی کہتے ہیں۔</translation>
    </message>
    <message>
        <source>We keep a record of what we spend.</source>
        <translation>ہم لکھ کر رکھتے ہیں کہ ہم نے کیا خرچ کیا۔</translation>
    </message>
    <message>
        <source>The council pays for my support. This is called a council-managed budget.</source>
        <translation>کونسل میری مدد کے پیسے دیتی ہے۔ اسے کونسل کے زیرِ انتظام بجٹ کہتے ہیں۔</translation>
    </message>
    <message>
        <source>A care provider looks after the money for me.</source>
        <translation>دیکھ بھال کرنے والا ادارہ میرے لیے رقم سنبھالتا ہے۔</translation>
    </message>
    <message>
        <source>%1 looks after the money for me.</source>
        <translation>%1 میرے لیے رقم سنبھالتا ہے۔</translation>
    </message>
    <message>
        <source>This is called an Individual Service Fund.</source>
        <translation>اسے انفرادی سروس فنڈ کہتے ہیں۔</translation>
    </message>
    <message>
        <source>Someone I trust looks after the money for me.</source>
        <translation>کوئی ایسا شخص جس پر مجھے بھروسا ہے، میرے لیے رقم سنبھالتا ہے۔</translation>
    </message>
    <message>
        <source>This is called a third party arrangement.</source>
        <translation>اسے تیسرے فریق کا انتظام کہتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is paid this way.</source>
        <translation>%1 اس طرح ادا ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>My money is managed in more than one way.</source>
        <translation>میری رقم کا انتظام ایک سے زیادہ طریقوں سے ہوتا ہے۔</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>میری رقم کا انتظام کیسے ہوتا ہے</translation>
    </message>
</context>
<context>
    <name>EasyReadPhrases</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Easy-read: an amount in whole pounds and how often, e.g. &quot;£120 each week&quot;</extracomment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>each week</source>
        <translation>ہر ہفتے</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>ہر چار ہفتے بعد</translation>
    </message>
    <message>
        <source>each month</source>
        <translation>ہر مہینے</translation>
    </message>
    <message>
        <source>each year</source>
        <translation>ہر سال</translation>
    </message>
    <message>
        <source>once</source>
        <translation>ایک بار</translation>
    </message>
</context>
<context>
    <name>EasyReadPlanWriter</name>
    <message>
        <source>1 hour</source>
        <translation>1 گھنٹہ</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 گھنٹے</translation>
    </message>
    <message>
        <source>for %1, once</source>
        <translation>%1 کے لیے، ایک بار</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <source>once %1</source>
        <translation>%1 ایک بار</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 بار</translation>
    </message>
    <message>
        <source>%1 times %2</source>
        <translation>%2 %1 بار</translation>
    </message>
    <message>
        <source>My name is %1.</source>
        <translation>میرا نام %1 ہے۔</translation>
    </message>
    <message>
        <source>This is my support plan.</source>
        <translation>یہ میرا مدد کا منصوبہ ہے۔</translation>
    </message>
    <message>
        <source>My plan is not agreed yet.</source>
        <translation>میرا منصوبہ ابھی منظور نہیں ہوا۔</translation>
    </message>
    <message>
        <source>My plan was agreed on %1.</source>
        <translation>میرا منصوبہ %1 کو منظور ہوا۔</translation>
    </message>
    <message>
        <source>My plan is agreed.</source>
        <translation>میرا منصوبہ منظور ہو گیا ہے۔</translation>
    </message>
    <message>
        <source>This is an old plan.</source>
        <translation>یہ ایک پرانا منصوبہ ہے۔</translation>
    </message>
    <message>
        <source>I have a newer plan now.</source>
        <translation>اب میرے پاس ایک نیا منصوبہ ہے۔</translation>
    </message>
    <message>
        <source>%1 helps me with my plan.</source>
        <translation>%1 میرے منصوبے میں میری مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>I live at %1.</source>
        <translation>میں %1 پر رہتا/رہتی ہوں۔</translation>
    </message>
    <message>
        <source>My phone number is %1.</source>
        <translation>میرا فون نمبر %1 ہے۔</translation>
    </message>
    <message>
        <source>I like to use %1.</source>
        <translation>مجھے %1 استعمال کرنا پسند ہے۔</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>میرے بارے میں</translation>
    </message>
    <message>
        <source>This is </source>
        <translation>یہ میرے لیے </translation>
    </message>
    <message>
        <source>most important</source>
        <translation>سب سے اہم</translation>
    </message>
    <message>
        <source> to me.</source>
        <translation> ہے۔</translation>
    </message>
    <message>
        <source>How I will know it is working: %1</source>
        <translation>مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے: %1</translation>
    </message>
    <message>
        <source>I have not said what matters to me yet.</source>
        <translation>میں نے ابھی نہیں بتایا کہ میرے لیے کیا اہم ہے۔</translation>
    </message>
    <message>
        <source>These things matter to me.</source>
        <translation>یہ چیزیں میرے لیے اہم ہیں۔</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>Someone helps me %1.</source>
        <translation>کوئی %1 میری مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>%1 helps me %2.</source>
        <translation>%1 %2 میری مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>I get this once.</source>
        <translation>مجھے یہ ایک بار ملتا ہے۔</translation>
    </message>
    <message>
        <source>I get this once, from %1.</source>
        <translation>مجھے یہ ایک بار ملتا ہے، %1 سے۔</translation>
    </message>
    <message>
        <source>I get this from %1.</source>
        <translation>مجھے یہ %1 سے ملتا ہے۔</translation>
    </message>
    <message>
        <source>This is free.</source>
        <translation>یہ مفت ہے۔</translation>
    </message>
    <message>
        <source>It has no cost yet.</source>
        <translation>ابھی اس کی کوئی قیمت نہیں لکھی۔</translation>
    </message>
    <message>
        <source>It costs %1.</source>
        <translation>اس پر %1 خرچ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>There is no support in my plan yet.</source>
        <translation>میرے منصوبے میں ابھی کوئی مدد نہیں ہے۔</translation>
    </message>
    <message>
        <source>Who helps me and when</source>
        <translation>کون میری مدد کرتا ہے اور کب</translation>
    </message>
    <message>
        <source>I do not have a back-up plan yet.</source>
        <translation>میرے پاس ابھی کوئی متبادل منصوبہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>I will make one with the people who help me.</source>
        <translation>میں اپنی مدد کرنے والوں کے ساتھ مل کر ایک بناؤں گا/گی۔</translation>
    </message>
    <message>
        <source>I can call %1 on %2.</source>
        <translation>میں %1 کو %2 پر فون کر سکتا/سکتی ہوں۔</translation>
    </message>
    <message>
        <source>I can call %1.</source>
        <translation>میں %1 کو فون کر سکتا/سکتی ہوں۔</translation>
    </message>
    <message>
        <source>The number to call is %1.</source>
        <translation>فون کرنے کا نمبر %1 ہے۔</translation>
    </message>
    <message>
        <source>If someone is in danger, I call 999.</source>
        <translation>اگر کوئی خطرے میں ہو تو میں 999 پر فون کرتا/کرتی ہوں۔</translation>
    </message>
    <message>
        <source>If my support is not right, I can tell the council.</source>
        <translation>اگر میری مدد ٹھیک نہ ہو تو میں کونسل کو بتا سکتا/سکتی ہوں۔</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>اگر کچھ غلط ہو جائے</translation>
    </message>
    <message>
        <source>My plan will be checked again on %1.</source>
        <translation>میرے منصوبے کا %1 کو دوبارہ جائزہ لیا جائے گا۔</translation>
    </message>
    <message>
        <source>We will choose a date to check my plan when it is agreed.</source>
        <translation>منصوبہ منظور ہونے پر ہم جائزے کی تاریخ چنیں گے۔</translation>
    </message>
    <message>
        <source>We will talk about what is working and what is not.</source>
        <translation>ہم بات کریں گے کہ کیا ٹھیک چل رہا ہے اور کیا نہیں۔</translation>
    </message>
    <message>
        <source>Is my life better?</source>
        <translation>کیا میری زندگی بہتر ہے؟</translation>
    </message>
    <message>
        <source>Is my life the same?</source>
        <translation>کیا میری زندگی پہلے جیسی ہے؟</translation>
    </message>
    <message>
        <source>Is my life worse?</source>
        <translation>کیا میری زندگی بدتر ہے؟</translation>
    </message>
    <message>
        <source>When my plan is checked again</source>
        <translation>جب میرے منصوبے کا دوبارہ جائزہ ہو</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The plan file to export (not with --all).</source>
        <translation>ایکسپورٹ کرنے کے لیے منصوبے کی فائل (--all کے ساتھ نہیں)۔</translation>
    </message>
    <message>
        <source>Save the plan as a PDF here.</source>
        <translation>منصوبہ یہاں PDF کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Save the support and its cost as a spreadsheet (CSV) here.</source>
        <translation>مدد اور اس کی لاگت یہاں اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Make the easy-read plan instead of the standard one.</source>
        <translation>عام منصوبے کے بجائے آسان پڑھائی والا منصوبہ بنائیں۔</translation>
    </message>
    <message>
        <source>The caseload file to export from (with --all).</source>
        <translation>وہ کیس لوڈ فائل جس سے ایکسپورٹ کرنا ہے (--all کے ساتھ)۔</translation>
    </message>
    <message>
        <source>Export every person&apos;s current plan in the caseload.</source>
        <translation>کیس لوڈ میں ہر شخص کا موجودہ منصوبہ ایکسپورٹ کریں۔</translation>
    </message>
    <message>
        <source>The folder to put the PDFs in (with --all); made if missing.</source>
        <translation>وہ فولڈر جس میں PDF فائلیں رکھنی ہیں (--all کے ساتھ)؛ نہ ہو تو بنا دیا جائے گا۔</translation>
    </message>
    <message>
        <source>Cost personal assistants with this rate table instead of the one for each plan&apos;s date.</source>
        <translation>ہر منصوبے کی تاریخ والی ریٹ ٹیبل کے بجائے اس ریٹ ٹیبل سے ذاتی معاونین کی لاگت نکالیں۔</translation>
    </message>
    <message>
        <source>The plan&apos;s figures could not be worked out, so no PDF was made. Open the plan in the window and check its amounts.</source>
        <translation>منصوبے کے اعداد و شمار نہیں نکالے جا سکے، اس لیے کوئی PDF نہیں بنی۔ منصوبہ ونڈو میں کھولیں اور اس کی رقمیں چیک کریں۔</translation>
    </message>
    <message>
        <source>give exactly one plan file, like: pbplanner export my-plan.pbplan --pdf my-plan.pdf</source>
        <translation>صرف ایک منصوبے کی فائل دیں، جیسے: pbplanner export my-plan.pbplan --pdf my-plan.pdf</translation>
    </message>
    <message>
        <source>say what to make: --pdf OUT.pdf, --csv OUT.csv, or both</source>
        <translation>بتائیں کہ کیا بنانا ہے: --pdf OUT.pdf، --csv OUT.csv، یا دونوں</translation>
    </message>
    <message>
        <source>--easy-read goes with --pdf</source>
        <translation>--easy-read صرف --pdf کے ساتھ استعمال ہوتا ہے</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>%1 محفوظ ہو گئی (1 صفحہ)۔</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 محفوظ ہو گئی (%2 صفحات)۔</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>to export a whole caseload give all three, like: pbplanner export --db caseload.pbdb --all --out plans</source>
        <translation>پورا کیس لوڈ ایکسپورٹ کرنے کے لیے تینوں دیں، جیسے: pbplanner export --db caseload.pbdb --all --out plans</translation>
    </message>
    <message>
        <source>give either a plan file or --db with --all, not both (&quot;%1&quot;)</source>
        <translation>یا تو منصوبے کی فائل دیں یا --all کے ساتھ --db، دونوں نہیں (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--all writes one PDF per person into --out; leave out --pdf and --csv</source>
        <translation>--all ہر شخص کے لیے ایک PDF --out میں لکھتا ہے؛ --pdf اور --csv نہ دیں</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Check that you may make folders there, or choose another place.</source>
        <translation>فولڈر %1 نہیں بنایا جا سکا۔ دیکھ لیں کہ آپ وہاں فولڈر بنا سکتے ہیں، یا کوئی دوسری جگہ چنیں۔</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: the plan was not written</extracomment>
        <translation>چھوڑ دیا گیا</translation>
    </message>
    <message>
        <source>no plan yet, nothing written</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: nothing to write</extracomment>
        <translation>ابھی کوئی منصوبہ نہیں، کچھ نہیں لکھا گیا</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>After &quot;[3/8] Sam Jones ... &quot;: the PDF is saved</extracomment>
        <translation>لکھ دیا گیا</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 plans to %3.</source>
        <translation>%2 میں سے %1 منصوبے %3 میں لکھ دیے گئے۔</translation>
    </message>
    <message>
        <source>Save plans as PDF (standard or easy-read) or support as a spreadsheet.</source>
        <translation>منصوبے PDF کے طور پر (عام یا آسان پڑھائی) یا مدد کو اسپریڈشیٹ کے طور پر محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>Support plan.pdf</source>
        <extracomment>A file name: &quot;Support plan - Sam Jones.pdf&quot;</extracomment>
        <translation>مدد کا منصوبہ.pdf</translation>
    </message>
    <message>
        <source>Support plan - %1.pdf</source>
        <translation>مدد کا منصوبہ - %1.pdf</translation>
    </message>
    <message>
        <source>Easy-read plan.pdf</source>
        <extracomment>A file name: &quot;Easy-read plan - Sam Jones.pdf&quot;</extracomment>
        <translation>آسان پڑھائی منصوبہ.pdf</translation>
    </message>
    <message>
        <source>Easy-read plan - %1.pdf</source>
        <translation>آسان پڑھائی منصوبہ - %1.pdf</translation>
    </message>
    <message>
        <source>Support.csv</source>
        <extracomment>A file name: &quot;Support - Sam Jones.csv&quot;</extracomment>
        <translation>مدد.csv</translation>
    </message>
    <message>
        <source>Support - %1.csv</source>
        <translation>مدد - %1.csv</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>Needs changing</source>
        <translation>تبدیلی ضروری ہے</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>دیکھنے کے لائق</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>مشورہ</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>It is not a JSON file, or it is damaged.</source>
        <translation>یہ JSON فائل نہیں ہے، یا خراب ہے۔</translation>
    </message>
    <message>
        <source>It must hold one group of fields in { }, and it does not.</source>
        <translation>اس میں { } کے اندر fields کا ایک گروپ ہونا چاہیے، اور ایسا نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 is not a field the program knows. Check its spelling; the fields that can be here are: %2.</source>
        <translation>%1 ایسی field نہیں جسے پروگرام جانتا ہو۔ اس کے ہجے چیک کریں؛ یہاں یہ fields ہو سکتی ہیں: %2۔</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 must be text in quotes.</source>
        <translation>%1 واوین میں لکھا متن ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 is empty: it needs some words.</source>
        <translation>%1 خالی ہے: اس میں کچھ الفاظ ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>%1 must be a short name of letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot; (at most 64, for example &quot;personal-care&quot;), not %2.</source>
        <translation>%1 حروف، ہندسوں، &quot;-&quot;، &quot;_&quot; یا &quot;.&quot; کا ایک مختصر نام ہونا چاہیے (زیادہ سے زیادہ 64، مثلاً &quot;personal-care&quot;)، %2 نہیں۔</translation>
    </message>
    <message>
        <source>%1 must be a whole number of pence, without quotes (for example 4250 for £42.50).</source>
        <translation>%1 پینس میں ایک پورا عدد ہونا چاہیے، واوین کے بغیر (مثلاً £42.50 کے لیے 4250)۔</translation>
    </message>
    <message>
        <source>%1 must be a whole number of points, without quotes.</source>
        <translation>%1 پوائنٹس کا ایک پورا عدد ہونا چاہیے، واوین کے بغیر۔</translation>
    </message>
    <message>
        <source>%1 must be a whole number of hundredths of a percent, without quotes (for example -1000 for 10% less).</source>
        <translation>%1 فیصد کے سوویں حصوں کا ایک پورا عدد ہونا چاہیے، واوین کے بغیر (مثلاً 10% کم کے لیے -1000)۔</translation>
    </message>
    <message>
        <source>%1 must be a whole number, without quotes.</source>
        <translation>%1 ایک پورا عدد ہونا چاہیے، واوین کے بغیر۔</translation>
    </message>
    <message>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 کو true یا false ہونا چاہیے، واوین کے بغیر۔</translation>
    </message>
    <message>
        <source>%1 must be a date written as year-month-day, for example &quot;2024-04-01&quot;.</source>
        <translation>%1 سال-مہینہ-دن کی شکل میں لکھی تاریخ ہونی چاہیے، مثلاً &quot;2024-04-01&quot;۔</translation>
    </message>
    <message>
        <source>%1 must be a group of fields in { }.</source>
        <translation>%1 کو { } میں fields کا ایک گروپ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 must be a list in [ ].</source>
        <translation>%1 کو [ ] میں ایک فہرست ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>ListEntryCommand</name>
    <message>
        <source>add an outcome</source>
        <translation>نتیجہ شامل کرنا</translation>
    </message>
    <message>
        <source>remove an outcome</source>
        <translation>نتیجہ ہٹانا</translation>
    </message>
    <message>
        <source>add support</source>
        <translation>مدد شامل کرنا</translation>
    </message>
    <message>
        <source>remove support</source>
        <translation>مدد ہٹانا</translation>
    </message>
</context>
<context>
    <name>ModelLabels</name>
    <message>
        <source>%1 a week</source>
        <translation>%1 فی ہفتہ</translation>
    </message>
    <message>
        <source>%1 every four weeks</source>
        <translation>%1 ہر چار ہفتے بعد</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 فی مہینہ</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 فی سال</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1، ایک بار</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>ہفتے میں ایک بار</translation>
    </message>
    <message>
        <source>Once every four weeks</source>
        <translation>ہر چار ہفتے میں ایک بار</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>مہینے میں ایک بار</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>سال میں ایک بار</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation>ہفتے میں %1 بار</translation>
    </message>
    <message>
        <source>%1 times every four weeks</source>
        <translation>ہر چار ہفتے میں %1 بار</translation>
    </message>
    <message>
        <source>%1 times a month</source>
        <translation>مہینے میں %1 بار</translation>
    </message>
    <message>
        <source>%1 times a year</source>
        <translation>سال میں %1 بار</translation>
    </message>
    <message>
        <source>Personal care and comfort</source>
        <translation>ذاتی دیکھ بھال اور آرام</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>کھانا پینا</translation>
    </message>
    <message>
        <source>Feeling safe</source>
        <translation>محفوظ محسوس کرنا</translation>
    </message>
    <message>
        <source>A clean and comfortable home</source>
        <translation>صاف ستھرا اور آرام دہ گھر</translation>
    </message>
    <message>
        <source>Things I do</source>
        <translation>وہ کام جو میں کرتا/کرتی ہوں</translation>
    </message>
    <message>
        <source>People and community</source>
        <translation>لوگ اور برادری</translation>
    </message>
    <message>
        <source>Control over my daily life</source>
        <translation>اپنی روزمرہ زندگی پر اختیار</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation>کام اور تعلیم</translation>
    </message>
    <message>
        <source>My carer&apos;s own life</source>
        <translation>میری دیکھ بھال کرنے والے کی اپنی زندگی</translation>
    </message>
    <message>
        <source>Direct payment</source>
        <translation>براہ راست ادائیگی</translation>
    </message>
    <message>
        <source>Council-managed</source>
        <translation>کونسل کے زیرِ انتظام</translation>
    </message>
    <message>
        <source>Individual Service Fund</source>
        <translation>انفرادی سروس فنڈ</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>تیسرا فریق</translation>
    </message>
    <message>
        <source>Money paid to you to arrange support yourself (direct payment)</source>
        <translation>آپ کو دی جانے والی رقم تاکہ آپ خود مدد کا انتظام کریں (براہ راست ادائیگی)</translation>
    </message>
    <message>
        <source>The council arranges it (managed)</source>
        <translation>کونسل انتظام کرتی ہے (کونسل کے زیرِ انتظام)</translation>
    </message>
    <message>
        <source>A provider holds it for you (Individual Service Fund)</source>
        <translation>کوئی ادارہ آپ کے لیے رقم رکھتا ہے (انفرادی سروس فنڈ)</translation>
    </message>
    <message>
        <source>Someone manages it for you (third party)</source>
        <translation>کوئی اور آپ کے لیے انتظام کرتا ہے (تیسرا فریق)</translation>
    </message>
    <message>
        <source>A mix of these</source>
        <translation>ان سب کا ملا جلا طریقہ</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>ذاتی معاون</translation>
    </message>
    <message>
        <source>Home care from an agency</source>
        <translation>ایجنسی سے گھر پر دیکھ بھال</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>مختصر وقفہ (شارٹ بریک)</translation>
    </message>
    <message>
        <source>Day or community activity</source>
        <translation>دن کی یا برادری کی سرگرمی</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>تفریح</translation>
    </message>
    <message>
        <source>Equipment or technology</source>
        <translation>سامان یا ٹیکنالوجی</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>آمد و رفت</translation>
    </message>
    <message>
        <source>One-off purchase</source>
        <translation>ایک بار کی خریداری</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>رہائشی دیکھ بھال (کیئر ہوم)</translation>
    </message>
    <message>
        <source>Unpaid or community support</source>
        <translation>بلا معاوضہ یا برادری کی مدد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Council social care</source>
        <translation>کونسل کی سماجی دیکھ بھال</translation>
    </message>
    <message>
        <source>NHS personal health budget</source>
        <translation>NHS ذاتی صحت بجٹ</translation>
    </message>
    <message>
        <source>NHS continuing healthcare</source>
        <translation>NHS مسلسل صحت کی دیکھ بھال (continuing healthcare)</translation>
    </message>
    <message>
        <source>Independent Living Fund</source>
        <translation>انڈیپنڈنٹ لیونگ فنڈ (Independent Living Fund)</translation>
    </message>
    <message>
        <source>Disabled Facilities Grant</source>
        <translation>ڈس ایبلڈ فیسلٹیز گرانٹ (Disabled Facilities Grant)</translation>
    </message>
    <message>
        <source>Access to Work</source>
        <translation>ایکسس ٹو ورک (Access to Work)</translation>
    </message>
    <message>
        <source>My own contribution</source>
        <translation>میرا اپنا حصہ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>ایک نئے ورژن نے اس کی جگہ لے لی</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>بہتر</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>پہلے جیسا</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>بدتر</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 گھنٹہ</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 گھنٹے</translation>
    </message>
</context>
<context>
    <name>MoneyFormatter</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an amount of money, %2 how often, e.g. &quot;£120 a week&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>فی ہفتہ</translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation>ہر چار ہفتے بعد</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>فی مہینہ</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>فی سال</translation>
    </message>
    <message>
        <source>once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation>چار ہفتے</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>ایک بار</translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message>
        <source>Enter the amount in pounds, like 120 or 120.50</source>
        <translation>رقم پاؤنڈ میں لکھیں، جیسے 120 یا 120.50</translation>
    </message>
    <message>
        <source>Enter an amount of £0 or more, like 120 or 120.50</source>
        <translation>£0 یا اس سے زیادہ رقم لکھیں، جیسے 120 یا 120.50</translation>
    </message>
    <message>
        <source>Use a point for pence and commas only between thousands, like 1,234.50</source>
        <translation>پینس کے لیے نقطہ لگائیں اور کوما صرف ہزاروں کے درمیان، جیسے 1,234.50</translation>
    </message>
    <message>
        <source>Use no more than 2 digits after the point, like 12.50</source>
        <translation>نقطے کے بعد 2 سے زیادہ ہندسے نہ لکھیں، جیسے 12.50</translation>
    </message>
    <message>
        <source>That amount is too large. Enter an amount up to £1,000,000,000</source>
        <translation>یہ رقم بہت زیادہ ہے۔ £1,000,000,000 تک کی رقم لکھیں</translation>
    </message>
</context>
<context>
    <name>MoveOutcomeCommand</name>
    <message>
        <source>move an outcome</source>
        <translation>نتیجے کی جگہ بدلنا</translation>
    </message>
</context>
<context>
    <name>PaCostCommand</name>
    <message>
        <source>Hours a week, like 16 or 7.5.</source>
        <translation>ہفتے میں گھنٹے، جیسے 16 یا 7.5۔</translation>
    </message>
    <message>
        <source>Hourly wage in pounds, like 12.71.</source>
        <translation>فی گھنٹہ اجرت پاؤنڈ میں، جیسے 12.71۔</translation>
    </message>
    <message>
        <source>A rate table file (default: the one for today).</source>
        <translation>ریٹ ٹیبل کی فائل (اگر نہ دیں: آج کے لیے والی)۔</translation>
    </message>
    <message>
        <source>Use the built-in rate table for this date (YYYY-MM-DD).</source>
        <translation>اس تاریخ (YYYY-MM-DD) کے لیے پروگرام میں موجود ریٹ ٹیبل استعمال کریں۔</translation>
    </message>
    <message>
        <source>The employer claims Employment Allowance.</source>
        <translation>آجر ایمپلائمنٹ الاؤنس (Employment Allowance) کا دعویٰ کرتا ہے۔</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>متن کے بجائے JSON پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>غیر متوقع argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give both --hours and --wage, like: pbplanner pa-cost --hours 16 --wage 12.71</source>
        <translation>--hours اور --wage دونوں دیں، جیسے: pbplanner pa-cost --hours 16 --wage 12.71</translation>
    </message>
    <message>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <source>--hours: a week has 168 hours; enter the hours a week</source>
        <translation>--hours: ایک ہفتے میں 168 گھنٹے ہوتے ہیں؛ ہفتے کے گھنٹے لکھیں</translation>
    </message>
    <message>
        <source>--wage: %1</source>
        <translation>--wage: %1</translation>
    </message>
    <message>
        <source>--date: write the date as YYYY-MM-DD, like 2026-04-06</source>
        <translation>--date: تاریخ YYYY-MM-DD کی شکل میں لکھیں، جیسے 2026-04-06</translation>
    </message>
    <message>
        <source>A personal assistant for %1 hours a week at %2 an hour</source>
        <translation>ایک ذاتی معاون، ہفتے میں %1 گھنٹے، %2 فی گھنٹہ کے حساب سے</translation>
    </message>
    <message>
        <source>Total: %1, which is %2 or %3.</source>
        <translation>کل: %1، یعنی %2 یا %3۔</translation>
    </message>
    <message>
        <source>Rates as of %1 (%2).</source>
        <translation>%1 کے مطابق شرحیں (%2)۔</translation>
    </message>
    <message>
        <source>Work out the true cost of employing a personal assistant.</source>
        <translation>ذاتی معاون رکھنے کی اصل لاگت معلوم کریں۔</translation>
    </message>
</context>
<context>
    <name>PersonalAssistantCost</name>
    <message>
        <source>1 hour</source>
        <extracomment>how many hours, e.g. &quot;1 hour&quot; or &quot;7.5 hours&quot;</extracomment>
        <translation>1 گھنٹہ</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 گھنٹے</translation>
    </message>
    <message>
        <source>%1 a week at %2 an hour, for %3 weeks</source>
        <extracomment>e.g. &quot;10 hours a week at £12.71 an hour, for 52 weeks&quot;</extracomment>
        <translation>%1 فی ہفتہ، %2 فی گھنٹہ کے حساب سے، %3 ہفتوں کے لیے</translation>
    </message>
    <message>
        <source>%1 every four weeks at %2 an hour, %3 times a year</source>
        <translation>%1 ہر چار ہفتے بعد، %2 فی گھنٹہ کے حساب سے، سال میں %3 بار</translation>
    </message>
    <message>
        <source>%1 a month at %2 an hour, for %3 months</source>
        <translation>%1 فی مہینہ، %2 فی گھنٹہ کے حساب سے، %3 مہینوں کے لیے</translation>
    </message>
    <message>
        <source>%1 a year at %2 an hour</source>
        <translation>%1 فی سال، %2 فی گھنٹہ کے حساب سے</translation>
    </message>
    <message>
        <source>%1 at %2 an hour, once</source>
        <translation>%1، %2 فی گھنٹہ کے حساب سے، ایک بار</translation>
    </message>
    <message>
        <source>(a typical figure, not a quote)</source>
        <translation>(ایک عام اندازہ، قیمت کی پیشکش نہیں)</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>اجرت</translation>
    </message>
    <message>
        <source>Holiday pay</source>
        <translation>چھٹیوں کی تنخواہ</translation>
    </message>
    <message>
        <source>%1 of wages, for %2 weeks of paid holiday a year</source>
        <extracomment>e.g. &quot;12.07% of wages, for 5.6 weeks of paid holiday a year&quot;</extracomment>
        <translation>اجرت کا %1، سال میں %2 ہفتوں کی تنخواہ والی چھٹی کے لیے</translation>
    </message>
    <message>
        <source>Nothing to pay: pay of %1 a year, with holiday pay, is not above %2 a year</source>
        <extracomment>%1 is the yearly pay with holiday pay, %2 the threshold</extracomment>
        <translation>کچھ ادا نہیں کرنا: چھٹیوں کی تنخواہ سمیت %1 فی سال کی تنخواہ %2 فی سال سے زیادہ نہیں ہے</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year (pay is %3 a year with holiday pay)</source>
        <extracomment>e.g. &quot;15% of pay above £5,000 a year (pay is £7,406.93 a year with holiday pay)&quot;</extracomment>
        <translation>%2 فی سال سے اوپر کی تنخواہ کا %1 (چھٹیوں کی تنخواہ سمیت تنخواہ %3 فی سال ہے)</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year is %3, all paid for by the Employment Allowance</source>
        <translation>%2 فی سال سے اوپر کی تنخواہ کا %1، یعنی %3، جو پورا ایمپلائمنٹ الاؤنس سے ادا ہوتا ہے</translation>
    </message>
    <message>
        <source>%1 of pay above %2 a year is %3, less %4 from the Employment Allowance</source>
        <translation>%2 فی سال سے اوپر کی تنخواہ کا %1، یعنی %3، اس میں سے ایمپلائمنٹ الاؤنس کے %4 کم</translation>
    </message>
    <message numerus="yes">
        <source>(the allowance of %1 a year is shared between %n assistants)</source>
        <translation>
            <numerusform>(%1 فی سال کا الاؤنس %n معاون میں بانٹا جاتا ہے)</numerusform>
            <numerusform>(%1 فی سال کا الاؤنس %n معاونین میں بانٹا جاتا ہے)</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer&apos;s National Insurance</source>
        <translation>آجر کی نیشنل انشورنس</translation>
    </message>
    <message>
        <source>%1 of pay between %2 and %3 a year</source>
        <extracomment>e.g. &quot;3% of pay between £6,240 and £50,270 a year&quot;</extracomment>
        <translation>%2 اور %3 فی سال کے درمیان تنخواہ کا %1</translation>
    </message>
    <message>
        <source>Nothing to pay: pay of %1 a year is under %2 a year, so the assistant does not have to be put in a pension scheme</source>
        <translation>کچھ ادا نہیں کرنا: %1 فی سال کی تنخواہ %2 فی سال سے کم ہے، اس لیے معاون کو پنشن اسکیم میں شامل کرنا ضروری نہیں</translation>
    </message>
    <message>
        <source>Workplace pension</source>
        <translation>کام کی جگہ کی پنشن</translation>
    </message>
    <message>
        <source>A yearly premium of %1</source>
        <translation>%1 کا سالانہ پریمیم</translation>
    </message>
    <message numerus="yes">
        <source>A yearly premium of %1, shared between %n assistants</source>
        <translation>
            <numerusform>%1 کا سالانہ پریمیم، %n معاون میں بانٹا گیا</numerusform>
            <numerusform>%1 کا سالانہ پریمیم، %n معاونین میں بانٹا گیا</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer&apos;s liability insurance</source>
        <translation>آجر کی ذمہ داری کا بیمہ (Employer&apos;s liability insurance)</translation>
    </message>
    <message>
        <source>%1 a month for 12 months</source>
        <translation>%1 فی مہینہ، 12 مہینوں کے لیے</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for 12 months, shared between %n assistants</source>
        <translation>
            <numerusform>%1 فی مہینہ، 12 مہینوں کے لیے، %n معاون میں بانٹا گیا</numerusform>
            <numerusform>%1 فی مہینہ، 12 مہینوں کے لیے، %n معاونین میں بانٹا گیا</numerusform>
        </translation>
    </message>
    <message>
        <source>Payroll service</source>
        <translation>تنخواہ کا حساب رکھنے کی سروس (payroll)</translation>
    </message>
    <message>
        <source>Money set aside for cover and sick pay</source>
        <translation>متبادل عملے اور بیماری کی تنخواہ کے لیے الگ رکھی گئی رقم</translation>
    </message>
    <message>
        <source>%1 of wages</source>
        <translation>اجرت کا %1</translation>
    </message>
    <message numerus="yes">
        <source>Wages for %n pieces of support</source>
        <translation>
            <numerusform>مدد کے %n حصے کی اجرت</numerusform>
            <numerusform>مدد کے %n حصوں کی اجرت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <source>You haven&apos;t added your budget yet. When you know it, add it under “My budget” so your plan can be checked against it.</source>
        <translation>آپ نے ابھی اپنا بجٹ شامل نہیں کیا۔ جب آپ کو معلوم ہو جائے تو اسے “میرا بجٹ” میں شامل کریں تاکہ آپ کے منصوبے کو اس کے مطابق چیک کیا جا سکے۔</translation>
    </message>
    <message>
        <source>Your plan is %1 more than your budget. You could reduce some support, or ask the council to look again at your budget.</source>
        <extracomment>%1 is an amount with its period, e.g. &quot;£1,200 a year&quot;</extracomment>
        <translation>آپ کا منصوبہ آپ کے بجٹ سے %1 زیادہ ہے۔ آپ کچھ مدد کم کر سکتے ہیں، یا کونسل سے اپنے بجٹ پر دوبارہ غور کرنے کو کہہ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 of your budget is not planned yet. You could add support for what matters to you, or talk to the council about it: money that is not used may be taken back.</source>
        <translation>آپ کے بجٹ میں سے %1 کا ابھی منصوبہ نہیں بنا۔ آپ اپنی اہم چیزوں کے لیے مدد شامل کر سکتے ہیں، یا اس بارے میں کونسل سے بات کر سکتے ہیں: جو رقم استعمال نہ ہو وہ واپس لی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, but your budget is %2. You could check the amounts under “My budget”.</source>
        <translation>آپ کی رقم کے ذرائع کا کل %1 بنتا ہے، لیکن آپ کا بجٹ %2 ہے۔ آپ “میرا بجٹ” میں رقمیں چیک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Your plan pays %1 from “%2”, but your budget has %3 from it. You could pay for some support another way, or check the amounts.</source>
        <translation>آپ کا منصوبہ “%2” سے %1 ادا کرتا ہے، لیکن آپ کے بجٹ میں اس سے %3 ہیں۔ آپ کچھ مدد کی ادائیگی کسی اور طریقے سے کر سکتے ہیں، یا رقمیں چیک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>“%1” is paid from “%2”, but your budget has no money from it. You could choose another way to pay for it, or add this funding to your budget.</source>
        <translation>“%1” کی ادائیگی “%2” سے ہوتی ہے، لیکن آپ کے بجٹ میں اس سے کوئی رقم نہیں۔ آپ اس کی ادائیگی کا کوئی اور طریقہ چن سکتے ہیں، یا یہ رقم اپنے بجٹ میں شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>“%1” is paid from Access to Work, which only pays for support you need for work. You could link it to a work or learning outcome, or pay for it another way.</source>
        <translation>“%1” کی ادائیگی ایکسس ٹو ورک سے ہوتی ہے، جو صرف اس مدد کے لیے ادائیگی کرتا ہے جو آپ کو کام کے لیے چاہیے۔ آپ اسے کام یا تعلیم کے کسی نتیجے سے جوڑ سکتے ہیں، یا اس کی ادائیگی کسی اور طریقے سے کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>“%1” is paid from a Disabled Facilities Grant, which only pays for changes to your home, like a ramp or a level-access shower. You could pay for it another way.</source>
        <translation>“%1” کی ادائیگی ڈس ایبلڈ فیسلٹیز گرانٹ سے ہوتی ہے، جو صرف آپ کے گھر میں تبدیلیوں کے لیے ادائیگی کرتی ہے، جیسے ریمپ یا بغیر سیڑھی والا شاور۔ آپ اس کی ادائیگی کسی اور طریقے سے کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what matters to you yet. You could add a few things you want to achieve under “What matters to me”, so your support can be planned around them.</source>
        <translation>آپ کا منصوبہ ابھی یہ نہیں بتاتا کہ آپ کے لیے کیا اہم ہے۔ آپ “میرے لیے کیا اہم ہے” میں چند ایسی چیزیں شامل کر سکتے ہیں جو آپ حاصل کرنا چاہتے ہیں، تاکہ آپ کی مدد کا منصوبہ ان کے گرد بنایا جا سکے۔</translation>
    </message>
    <message>
        <source>Nothing in your plan helps with “%1” yet. You could add support for it, or help from family, friends or your community.</source>
        <translation>آپ کے منصوبے میں ابھی کوئی چیز “%1” میں مدد نہیں کرتی۔ آپ اس کے لیے مدد شامل کر سکتے ہیں، یا خاندان، دوستوں یا اپنی برادری کی مدد۔</translation>
    </message>
    <message>
        <source>You haven&apos;t chosen which outcomes matter most to you. You could mark your 3 most important ones, so everyone knows what comes first.</source>
        <translation>آپ نے ابھی نہیں چنا کہ کون سے نتائج آپ کے لیے سب سے زیادہ اہم ہیں۔ آپ اپنے 3 سب سے اہم نتائج پر نشان لگا سکتے ہیں، تاکہ سب جان لیں کہ پہلے کیا آتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>You have marked %n outcome(s) as most important. You could mark 3, so everyone knows what comes first.</source>
        <translation>
            <numerusform>آپ نے %n نتیجے کو سب سے اہم کے طور پر نشان زد کیا ہے۔ آپ 3 پر نشان لگا سکتے ہیں، تاکہ سب جان لیں کہ پہلے کیا آتا ہے۔</numerusform>
            <numerusform>آپ نے %n نتائج کو سب سے اہم کے طور پر نشان زد کیا ہے۔ آپ 3 پر نشان لگا سکتے ہیں، تاکہ سب جان لیں کہ پہلے کیا آتا ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have marked %n outcomes as most important. You could choose the 3 that matter most, so everyone knows what comes first.</source>
        <translation>
            <numerusform>آپ نے %n نتیجے کو سب سے اہم کے طور پر نشان زد کیا ہے۔ آپ وہ 3 چن سکتے ہیں جو سب سے زیادہ اہم ہیں، تاکہ سب جان لیں کہ پہلے کیا آتا ہے۔</numerusform>
            <numerusform>آپ نے %n نتائج کو سب سے اہم کے طور پر نشان زد کیا ہے۔ آپ وہ 3 چن سکتے ہیں جو سب سے زیادہ اہم ہیں، تاکہ سب جان لیں کہ پہلے کیا آتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” isn&apos;t linked to any of your outcomes. You could say which outcome it helps with, so the council can see why it&apos;s in your plan.</source>
        <translation>“%1” آپ کے کسی نتیجے سے منسلک نہیں ہے۔ آپ بتا سکتے ہیں کہ یہ کس نتیجے میں مدد کرتا ہے، تاکہ کونسل دیکھ سکے کہ یہ آپ کے منصوبے میں کیوں ہے۔</translation>
    </message>
    <message>
        <source>“%1” has no cost yet. You could add its price and how much you need, so your plan adds up.</source>
        <translation>“%1” کی ابھی کوئی لاگت نہیں لکھی۔ آپ اس کی قیمت اور یہ کہ آپ کو کتنی ضرورت ہے شامل کر سکتے ہیں، تاکہ آپ کے منصوبے کا حساب پورا ہو۔</translation>
    </message>
    <message>
        <source>“%1” is long-term residential care, which money paid to you (a direct payment) can&apos;t pay for. The council can arrange it for you instead. Short stays away from home (short breaks) are fine.</source>
        <translation>“%1” طویل مدتی رہائشی دیکھ بھال ہے، جس کی ادائیگی آپ کو دی جانے والی رقم (براہ راست ادائیگی) سے نہیں ہو سکتی۔ اس کے بجائے کونسل آپ کے لیے اس کا انتظام کر سکتی ہے۔ گھر سے دور مختصر قیام (مختصر وقفے) ٹھیک ہیں۔</translation>
    </message>
    <message>
        <source>“%1” is paid %2 an hour. The law says a personal assistant aged %3 or over must be paid at least %4 an hour (the National Living Wage from %5). You could raise the hourly pay. If your assistant is younger or an apprentice, a lower minimum may apply.</source>
        <translation>“%1” کو %2 فی گھنٹہ دیا جاتا ہے۔ قانون کے مطابق %3 سال یا اس سے زیادہ عمر کے ذاتی معاون کو کم از کم %4 فی گھنٹہ دینا ضروری ہے (%5 سے نیشنل لیونگ ویج)۔ آپ فی گھنٹہ تنخواہ بڑھا سکتے ہیں۔ اگر آپ کا معاون کم عمر ہے یا اپرنٹس ہے تو کم از کم حد کم ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>“%1” pays a close relative who lives with you from your direct payment. This is only allowed if the council agrees it is necessary. You could ask the council, and note in your plan when they agree.</source>
        <translation>“%1” آپ کی براہ راست ادائیگی سے آپ کے ساتھ رہنے والے کسی قریبی رشتہ دار کو ادائیگی کرتا ہے۔ اس کی اجازت صرف تب ہے جب کونسل مان لے کہ یہ ضروری ہے۔ آپ کونسل سے پوچھ سکتے ہیں، اور ان کے ماننے پر اپنے منصوبے میں لکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>“%1” is paid from an Individual Service Fund, but no provider is named. You could add the provider who will hold the money and arrange the support.</source>
        <translation>“%1” کی ادائیگی انفرادی سروس فنڈ سے ہوتی ہے، لیکن کسی ادارے کا نام نہیں دیا گیا۔ آپ وہ ادارہ شامل کر سکتے ہیں جو رقم رکھے گا اور مدد کا انتظام کرے گا۔</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what happens if your usual support can&apos;t come, for example if your assistant is ill. You could add a back-up plan: who to call, and what they will do.</source>
        <translation>آپ کا منصوبہ یہ نہیں بتاتا کہ اگر آپ کی معمول کی مدد نہ آ سکے تو کیا ہو گا، مثلاً اگر آپ کا معاون بیمار ہو۔ آپ ایک متبادل منصوبہ شامل کر سکتے ہیں: کس کو فون کرنا ہے، اور وہ کیا کریں گے۔</translation>
    </message>
    <message>
        <source>The pay rates used for personal assistants are for %1 to %2, but your plan is for %3. The costs may be a little different.</source>
        <translation>ذاتی معاونین کے لیے استعمال ہونے والی تنخواہ کی شرحیں %1 سے %2 تک کی ہیں، لیکن آپ کا منصوبہ %3 کے لیے ہے۔ لاگت تھوڑی مختلف ہو سکتی ہے۔</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>This file is damaged or is not a plan file, so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>یہ فائل خراب ہے یا منصوبے کی فائل نہیں ہے، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ جس شخص نے اسے بھیجا، اس سے نئی کاپی مانگیں۔</translation>
    </message>
    <message>
        <source>This file is empty, so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>یہ فائل خالی ہے، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ جس شخص نے اسے بھیجا، اس سے نئی کاپی مانگیں۔</translation>
    </message>
    <message>
        <source>This file is too big to be a plan file (more than %L1 MB), so nothing was imported.</source>
        <translation>یہ فائل منصوبے کی فائل ہونے کے لیے بہت بڑی ہے (%L1 MB سے زیادہ)، اس لیے کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Personal Budget Planner (format %1). Install the newer version to open it.</source>
        <translation>یہ منصوبہ Personal Budget Planner کے نئے ورژن (فارمیٹ %1) سے محفوظ کیا گیا تھا۔ اسے کھولنے کے لیے نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <source>This plan uses something this version of Personal Budget Planner does not know about, so nothing was imported. It may have been saved by a newer version: install the newer version to open it.</source>
        <translation>یہ منصوبہ کوئی ایسی چیز استعمال کرتا ہے جسے Personal Budget Planner کا یہ ورژن نہیں جانتا، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ ہو سکتا ہے یہ نئے ورژن سے محفوظ کیا گیا ہو: اسے کھولنے کے لیے نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Check that the folder exists and that you may save files there, then try again.</source>
        <translation>منصوبہ %1 کے نام سے محفوظ نہیں ہو سکا۔ دیکھ لیں کہ فولڈر موجود ہے اور آپ وہاں فائلیں محفوظ کر سکتے ہیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1: the disk may be full. Nothing was changed. Free some space, then try again.</source>
        <translation>منصوبہ %1 کے نام سے محفوظ نہیں ہو سکا: ہو سکتا ہے ڈسک بھر گئی ہو۔ کچھ بھی تبدیل نہیں ہوا۔ کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The plan could not be saved as %1. Nothing was changed. Check that you may save files there, then try again.</source>
        <translation>منصوبہ %1 کے نام سے محفوظ نہیں ہو سکا۔ کچھ بھی تبدیل نہیں ہوا۔ دیکھ لیں کہ آپ وہاں فائلیں محفوظ کر سکتے ہیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The file %1 could not be found, so nothing was imported. Check the name and the folder, then try again.</source>
        <translation>فائل %1 نہیں ملی، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ نام اور فولڈر چیک کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file, so nothing was imported. Choose a file ending in .pbplan.</source>
        <translation>%1 ایک فولڈر ہے، منصوبے کی فائل نہیں، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ ایسی فائل چنیں جس کے آخر میں .pbplan ہو۔</translation>
    </message>
    <message>
        <source>The file %1 could not be opened, so nothing was imported. Check that you may read it, then try again.</source>
        <translation>فائل %1 کھولی نہیں جا سکی، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ دیکھ لیں کہ آپ اسے پڑھ سکتے ہیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was imported. Try again, or ask for a new copy.</source>
        <translation>فائل %1 پڑھی نہیں جا سکی، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ دوبارہ کوشش کریں، یا نئی کاپی مانگیں۔</translation>
    </message>
</context>
<context>
    <name>PlanFileCommand</name>
    <message>
        <source>The plan file to read.</source>
        <translation>پڑھنے کے لیے منصوبے کی فائل۔</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>متن کے بجائے JSON پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Cost personal assistants with this rate table instead of the one for the plan&apos;s date.</source>
        <translation>منصوبے کی تاریخ والی ریٹ ٹیبل کے بجائے اس ریٹ ٹیبل سے ذاتی معاونین کی لاگت نکالیں۔</translation>
    </message>
    <message>
        <source>give exactly one plan file, like: pbplanner %1 my-plan.pbplan</source>
        <translation>صرف ایک منصوبے کی فائل دیں، جیسے: pbplanner %1 my-plan.pbplan</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>Print your plan</source>
        <translation>اپنا منصوبہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>پرنٹ کا پیش منظر: %1</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>This version hasn&apos;t been agreed yet, so there is no agreed copy of it to show.</source>
        <translation>یہ ورژن ابھی منظور نہیں ہوا، اس لیے دکھانے کے لیے اس کی کوئی منظور شدہ کاپی نہیں ہے۔</translation>
    </message>
    <message>
        <source>This version has been agreed and can&apos;t be changed. Make a new version to change it.</source>
        <translation>یہ ورژن منظور ہو چکا ہے اور بدلا نہیں جا سکتا۔ اسے بدلنے کے لیے نیا ورژن بنائیں۔</translation>
    </message>
    <message>
        <source>This version was agreed on %1 and can&apos;t be changed. Make a new version to change it.</source>
        <translation>یہ ورژن %1 کو منظور ہوا تھا اور بدلا نہیں جا سکتا۔ اسے بدلنے کے لیے نیا ورژن بنائیں۔</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer version, so it can&apos;t be changed. Open the current version to make changes.</source>
        <translation>ایک نئے ورژن نے اس ورژن کی جگہ لے لی ہے، اس لیے یہ بدلا نہیں جا سکتا۔ تبدیلیاں کرنے کے لیے موجودہ ورژن کھولیں۔</translation>
    </message>
    <message>
        <source>This version was agreed on %1 and has since been replaced by a newer version, so it can&apos;t be changed. Open the current version to make changes.</source>
        <translation>یہ ورژن %1 کو منظور ہوا تھا اور اس کے بعد ایک نئے ورژن نے اس کی جگہ لے لی، اس لیے یہ بدلا نہیں جا سکتا۔ تبدیلیاں کرنے کے لیے موجودہ ورژن کھولیں۔</translation>
    </message>
    <message>
        <source>This version hasn&apos;t been agreed yet. A review looks back at an agreed plan, so agree the plan first.</source>
        <translation>یہ ورژن ابھی منظور نہیں ہوا۔ جائزہ ایک منظور شدہ منصوبے کو دیکھتا ہے، اس لیے پہلے منصوبہ منظور کریں۔</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer agreed version. Add the review to the current version.</source>
        <translation>ایک نئے منظور شدہ ورژن نے اس ورژن کی جگہ لے لی ہے۔ جائزہ موجودہ ورژن میں شامل کریں۔</translation>
    </message>
    <message>
        <source>%1 already has a draft plan (version %2). Open it to make changes.</source>
        <translation>%1 کا پہلے سے ایک مسودہ منصوبہ ہے (ورژن %2)۔ تبدیلیاں کرنے کے لیے اسے کھولیں۔</translation>
    </message>
    <message>
        <source>This version is still a draft, so it can be changed as it is: no new version is needed.</source>
        <translation>یہ ورژن ابھی مسودہ ہے، اس لیے اسے ایسے ہی بدلا جا سکتا ہے: نئے ورژن کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>This version has been replaced by a newer one. Make changes from the current version instead.</source>
        <translation>ایک نئے ورژن نے اس کی جگہ لے لی ہے۔ اس کے بجائے موجودہ ورژن سے تبدیلیاں کریں۔</translation>
    </message>
    <message>
        <source>Version %1 of this plan already exists. Open it to make changes.</source>
        <translation>اس منصوبے کا ورژن %1 پہلے سے موجود ہے۔ تبدیلیاں کرنے کے لیے اسے کھولیں۔</translation>
    </message>
    <message>
        <source>Say who agreed the plan (a name, and their role if it helps), then agree it again. Nothing was changed.</source>
        <translation>بتائیں کہ منصوبہ کس نے منظور کیا (نام، اور اگر مددگار ہو تو ان کا عہدہ)، پھر منصوبہ دوبارہ منظور کریں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Choose a date for the first review, then agree the plan again. Nothing was changed.</source>
        <translation>پہلے جائزے کے لیے تاریخ چنیں، پھر منصوبہ دوبارہ منظور کریں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The review date is before the day the plan is agreed. Choose a later review date, then agree the plan again. Nothing was changed.</source>
        <translation>جائزے کی تاریخ منصوبہ منظور ہونے کے دن سے پہلے کی ہے۔ جائزے کی بعد والی تاریخ چنیں، پھر منصوبہ دوبارہ منظور کریں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The next review is before the day of this review. Choose a later date for the next review. Nothing was changed.</source>
        <translation>اگلا جائزہ اس جائزے کے دن سے پہلے ہے۔ اگلے جائزے کے لیے بعد والی تاریخ چنیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Not given</source>
        <translation>نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>میرا نام</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>اس منصوبے میں میری مدد کون کرتا ہے</translation>
    </message>
    <message>
        <source>The language I prefer</source>
        <translation>میری پسندیدہ زبان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <source>Easy-read</source>
        <translation>آسان پڑھائی</translation>
    </message>
    <message>
        <source>Yes, I would like my plan in easy-read</source>
        <translation>جی ہاں، میں اپنا منصوبہ آسان پڑھائی میں چاہتا/چاہتی ہوں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>میرا بجٹ</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>ابھی شامل نہیں کیا گیا</translation>
    </message>
    <message>
        <source>The amount the council suggests (indicative budget)</source>
        <translation>کونسل کی تجویز کردہ رقم (اندازاً بجٹ)</translation>
    </message>
    <message>
        <source>The amount agreed (agreed budget)</source>
        <translation>منظور شدہ رقم (منظور شدہ بجٹ)</translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>the dates a budget covers: &quot;1 December 2026 to 30 November 2027&quot;</extracomment>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <source>How the amount was worked out</source>
        <translation>رقم کیسے نکالی گئی</translation>
    </message>
    <message>
        <source>From my answers to the council&apos;s questions (resource allocation system)</source>
        <translation>کونسل کے سوالات کے میرے جوابات سے (resource allocation system)</translation>
    </message>
    <message>
        <source>A figure from the council</source>
        <translation>کونسل کی طرف سے ایک رقم</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a funding stream: &quot;NHS personal health budget: £6,200 a year&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>ملا کر: %1</translation>
    </message>
    <message>
        <source>Where the money comes from (funding streams)</source>
        <translation>رقم کہاں سے آتی ہے (رقم کے ذرائع)</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>ابھی کچھ نہیں لکھا</translation>
    </message>
    <message>
        <source>No words yet</source>
        <translation>ابھی کوئی الفاظ نہیں</translation>
    </message>
    <message>
        <source>Part of life: %1</source>
        <extracomment>%1 is a life area, e.g. &quot;Health&quot;</extracomment>
        <translation>زندگی کا حصہ: %1</translation>
    </message>
    <message>
        <source>How I will know it is working: %1</source>
        <translation>مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے: %1</translation>
    </message>
    <message>
        <source>One of my three most important</source>
        <translation>میری تین سب سے اہم چیزوں میں سے ایک</translation>
    </message>
    <message>
        <source>Also matters to me</source>
        <translation>یہ بھی میرے لیے اہم ہے</translation>
    </message>
    <message>
        <source>Who looks after the money</source>
        <translation>رقم کون سنبھالتا ہے</translation>
    </message>
    <message>
        <source>Who the money is paid to (nominee)</source>
        <translation>رقم کس کو دی جاتی ہے (نامزد شخص)</translation>
    </message>
    <message>
        <source>The provider who holds the money</source>
        <translation>وہ ادارہ جو رقم رکھتا ہے</translation>
    </message>
    <message>
        <source>Who manages the money for me</source>
        <translation>میرے لیے رقم کا انتظام کون کرتا ہے</translation>
    </message>
    <message>
        <source>How my support is paid for</source>
        <translation>میری مدد کی ادائیگی کیسے ہوتی ہے</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>میری مدد</translation>
    </message>
    <message>
        <source>Nothing added yet</source>
        <translation>ابھی کچھ شامل نہیں کیا گیا</translation>
    </message>
    <message>
        <source>Costs nothing (unpaid)</source>
        <translation>کوئی خرچ نہیں (بلا معاوضہ)</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is who provides the support, e.g. &quot;Oldham Physio Centre&quot;</extracomment>
        <translation>%1 سے</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>the planned cost in the budget&apos;s period, then a year: &quot;£120 a week (£6,240 a year)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total cost of my support</source>
        <translation>میری مدد کی کل لاگت</translation>
    </message>
    <message>
        <source>More than my budget</source>
        <translation>میرے بجٹ سے زیادہ</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>بچی ہوئی رقم</translation>
    </message>
    <message>
        <source>Personal assistants I employ</source>
        <translation>ذاتی معاونین جنہیں میں ملازم رکھتا/رکھتی ہوں</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come</source>
        <translation>اگر میری مدد نہ آ سکے تو کیا ہو گا</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>ابھی نہیں لکھا</translation>
    </message>
    <message>
        <source>Who to call (back-up contact)</source>
        <translation>کس کو فون کرنا ہے (متبادل رابطہ)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>a piece of text is longer than %L1 characters</source>
        <translation>متن کا کوئی حصہ %L1 حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>an amount of money is less than nothing</source>
        <translation>کوئی رقم صفر سے کم ہے</translation>
    </message>
    <message>
        <source>an amount of money is more than %1</source>
        <translation>کوئی رقم %1 سے زیادہ ہے</translation>
    </message>
    <message>
        <source>a record number is less than zero</source>
        <translation>کسی ریکارڈ کا نمبر صفر سے کم ہے</translation>
    </message>
    <message>
        <source>%1 has a number less than zero</source>
        <translation>%1 کا نمبر صفر سے کم ہے</translation>
    </message>
    <message>
        <source>two of the %1 have the same number</source>
        <translation>%1 میں سے دو کا نمبر ایک ہی ہے</translation>
    </message>
    <message>
        <source>the plan&apos;s version number is not possible</source>
        <translation>منصوبے کا ورژن نمبر ممکن نہیں ہے</translation>
    </message>
    <message>
        <source>funding streams</source>
        <translation>رقم کے ذرائع</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>support items</source>
        <translation>مدد کی چیزیں</translation>
    </message>
    <message>
        <source>a piece of support has an impossible quantity</source>
        <translation>مدد کے کسی حصے کی مقدار ناممکن ہے</translation>
    </message>
    <message>
        <source>a piece of support is for an outcome that is not in the plan</source>
        <translation>مدد کا کوئی حصہ ایسے نتیجے کے لیے ہے جو منصوبے میں نہیں</translation>
    </message>
    <message>
        <source>a review&apos;s happiness score is not between 1 and 5</source>
        <translation>کسی جائزے کا خوشی کا اسکور 1 اور 5 کے درمیان نہیں ہے</translation>
    </message>
    <message>
        <source>a review looks at an outcome that is not in the plan</source>
        <translation>کوئی جائزہ ایسے نتیجے کو دیکھتا ہے جو منصوبے میں نہیں</translation>
    </message>
    <message>
        <source>This file holds a plan that cannot be right (%1), so nothing was imported. Ask the person who sent it for a new copy.</source>
        <translation>اس فائل میں ایسا منصوبہ ہے جو درست نہیں ہو سکتا (%1)، اس لیے کچھ بھی امپورٹ نہیں ہوا۔ جس شخص نے اسے بھیجا، اس سے نئی کاپی مانگیں۔</translation>
    </message>
</context>
<context>
    <name>QuantityParser</name>
    <message>
        <source>Enter a number of 0 or more, like 10 or 7.5</source>
        <translation>0 یا اس سے زیادہ کا عدد لکھیں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>Enter a number, like 10 or 7.5</source>
        <translation>ایک عدد لکھیں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>Use no more than 2 digits after the point, like 7.25</source>
        <translation>نقطے کے بعد 2 سے زیادہ ہندسے نہ لکھیں، جیسے 7.25</translation>
    </message>
    <message>
        <source>That number is too large. Enter a number up to 10,000</source>
        <translation>یہ عدد بہت بڑا ہے۔ 10,000 تک کا عدد لکھیں</translation>
    </message>
</context>
<context>
    <name>QuantityText</name>
    <message>
        <source>in a week</source>
        <translation>ایک ہفتے میں</translation>
    </message>
    <message>
        <source>in four weeks</source>
        <translation>چار ہفتوں میں</translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>ایک مہینے میں</translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>ایک سال میں</translation>
    </message>
    <message>
        <source>Enter the number of hours, like 10 or 7.5</source>
        <translation>گھنٹوں کی تعداد لکھیں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>Enter how many, like 1, 10 or 7.5</source>
        <translation>لکھیں کہ کتنے، جیسے 1، 10 یا 7.5</translation>
    </message>
    <message>
        <source>The hours can&apos;t be less than 0. Enter a number like 10 or 7.5</source>
        <translation>گھنٹے 0 سے کم نہیں ہو سکتے۔ کوئی عدد لکھیں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>How many can&apos;t be less than 0. Enter a number like 1, 10 or 7.5</source>
        <translation>تعداد 0 سے کم نہیں ہو سکتی۔ کوئی عدد لکھیں، جیسے 1، 10 یا 7.5</translation>
    </message>
    <message>
        <source>Enter the hours as a number, like 10 or 7.5</source>
        <translation>گھنٹے عدد میں لکھیں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>Enter a number, like 1, 10 or 7.5</source>
        <translation>ایک عدد لکھیں، جیسے 1، 10 یا 7.5</translation>
    </message>
    <message>
        <source>Use no more than 2 numbers after the point, like 7.25</source>
        <translation>نقطے کے بعد 2 سے زیادہ ہندسے نہ لکھیں، جیسے 7.25</translation>
    </message>
    <message>
        <source>There are only %1 hours %2. Check the number of hours, like 10 or 7.5</source>
        <translation>%2 صرف %1 گھنٹے ہوتے ہیں۔ گھنٹوں کی تعداد چیک کریں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>That is more than %1. Check the number, like 1, 10 or 7.5</source>
        <translation>یہ %1 سے زیادہ ہے۔ عدد چیک کریں، جیسے 1، 10 یا 7.5</translation>
    </message>
    <message>
        <source>Enter a number of hours more than 0, like 10 or 7.5</source>
        <translation>0 سے زیادہ گھنٹے لکھیں، جیسے 10 یا 7.5</translation>
    </message>
    <message>
        <source>Enter a number more than 0, like 1, 10 or 7.5</source>
        <translation>0 سے زیادہ کا عدد لکھیں، جیسے 1، 10 یا 7.5</translation>
    </message>
</context>
<context>
    <name>RasAnswersLoader</name>
    <message>
        <source>The answers cannot be used. %1</source>
        <translation>یہ جوابات استعمال نہیں ہو سکتے۔ %1</translation>
    </message>
    <message>
        <source>The answers in &quot;%1&quot; cannot be used. %2</source>
        <translation>&quot;%1&quot; میں موجود جوابات استعمال نہیں ہو سکتے۔ %2</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; could not be opened. Check that it is there and that you may read it.</source>
        <translation>جوابات کی فائل &quot;%1&quot; کھولی نہیں جا سکی۔ دیکھ لیں کہ یہ موجود ہے اور آپ اسے پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too big to be a file of answers.</source>
        <translation>فائل &quot;%1&quot; جوابات کی فائل ہونے کے لیے بہت بڑی ہے۔</translation>
    </message>
    <message>
        <source>The answers file &quot;%1&quot; could not be read.</source>
        <translation>جوابات کی فائل &quot;%1&quot; پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>It is too big to be a file of answers.</source>
        <translation>یہ جوابات کی فائل ہونے کے لیے بہت بڑی ہے۔</translation>
    </message>
    <message>
        <source>%1 is not a question id: ids are short names of letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>%1 سوال کی id نہیں ہے: ids حروف، ہندسوں، &quot;-&quot;، &quot;_&quot; یا &quot;.&quot; کے مختصر نام ہوتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>RasCalculator</name>
    <message>
        <source>These answers were made for the scheme &quot;%1&quot;, not for &quot;%2&quot;. Choose the scheme they were made for.</source>
        <translation>یہ جوابات اسکیم &quot;%1&quot; کے لیے بنائے گئے تھے، &quot;%2&quot; کے لیے نہیں۔ وہ اسکیم چنیں جس کے لیے یہ بنائے گئے تھے۔</translation>
    </message>
    <message>
        <source>The amount is too large to work out, so the scheme&apos;s figures cannot be right. Ask whoever made the scheme to check it.</source>
        <translation>رقم اتنی بڑی ہے کہ نکالی نہیں جا سکتی، اس لیے اسکیم کے اعداد درست نہیں ہو سکتے۔ جس نے اسکیم بنائی، اس سے اسے چیک کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>The answers name a question that is not in the scheme &quot;%1&quot;: &quot;%2&quot;. Check the question ids.</source>
        <translation>جوابات میں ایک ایسے سوال کا نام ہے جو اسکیم &quot;%1&quot; میں نہیں: &quot;%2&quot;۔ سوالات کی ids چیک کریں۔</translation>
    </message>
    <message>
        <source>The scheme&apos;s questions are: %1.</source>
        <translation>اسکیم کے سوالات یہ ہیں: %1۔</translation>
    </message>
    <message>
        <source>The answer to the question &quot;%1&quot; is &quot;%2&quot;, which is not one of its answers. It can be: %3.</source>
        <translation>سوال &quot;%1&quot; کا جواب &quot;%2&quot; ہے، جو اس کے جوابات میں سے نہیں۔ یہ ہو سکتا ہے: %3۔</translation>
    </message>
    <message>
        <source>The scheme has no band for %1 points, so it cannot give an amount. Ask whoever made the scheme to check its bands.</source>
        <translation>اسکیم میں %1 پوائنٹس کے لیے کوئی درجہ (band) نہیں ہے، اس لیے یہ رقم نہیں بتا سکتی۔ جس نے اسکیم بنائی، اس سے اس کے درجے چیک کرنے کو کہیں۔</translation>
    </message>
</context>
<context>
    <name>RasCommand</name>
    <message>
        <source>The RAS scheme (see resources/ras).</source>
        <translation>RAS اسکیم (دیکھیں resources/ras)۔</translation>
    </message>
    <message>
        <source>The answers: {&quot;scheme&quot;: id, &quot;answers&quot;: {question: option}}.</source>
        <translation>جوابات: {&quot;scheme&quot;: id, &quot;answers&quot;: {question: option}}۔</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>متن کے بجائے JSON پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>give a scheme file and an answers file, like: pbplanner ras scheme.json answers.json</source>
        <translation>ایک اسکیم فائل اور ایک جوابات کی فائل دیں، جیسے: pbplanner ras scheme.json answers.json</translation>
    </message>
    <message>
        <source>Indicative budget: %1</source>
        <translation>اندازاً بجٹ: %1</translation>
    </message>
    <message>
        <source>Work out a budget from a RAS scheme and answers, and explain it.</source>
        <translation>RAS اسکیم اور جوابات سے بجٹ نکالیں، اور اس کی وضاحت کریں۔</translation>
    </message>
</context>
<context>
    <name>RasExplainer</name>
    <message>
        <source>You have not answered any of the questions yet, so the score is 0 points.</source>
        <translation>آپ نے ابھی کسی سوال کا جواب نہیں دیا، اس لیے اسکور 0 پوائنٹس ہے۔</translation>
    </message>
    <message>
        <source>Your answers scored 1 point.</source>
        <translation>آپ کے جوابات کا اسکور 1 پوائنٹ ہے۔</translation>
    </message>
    <message>
        <source>Your answers scored %1 points.</source>
        <translation>آپ کے جوابات کا اسکور %1 پوائنٹس ہے۔</translation>
    </message>
    <message>
        <source>You have not answered %1 of the %2 questions yet: they count as 0 points until you do.</source>
        <translation>آپ نے %2 میں سے %1 سوالات کے جواب ابھی نہیں دیے: جب تک آپ جواب نہ دیں، یہ 0 پوائنٹس شمار ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Each point is worth %1.</source>
        <translation>ہر پوائنٹ کی قیمت %1 ہے۔</translation>
    </message>
    <message>
        <source>%1 × %2 = %3.</source>
        <extracomment>points × price per point = amount a year, e.g. &quot;142 × £42 = £5,964 a year.&quot;</extracomment>
        <translation>%1 × %2 = %3۔</translation>
    </message>
    <message>
        <source>%1 is in the band for %2 to %3 points.</source>
        <translation>%1 اس درجے میں ہے جو %2 سے %3 پوائنٹس تک کا ہے۔</translation>
    </message>
    <message>
        <source>%1 is in %2, for %3 to %4 points.</source>
        <translation>%1 درجے %2 میں ہے، جو %3 سے %4 پوائنٹس تک کا ہے۔</translation>
    </message>
    <message>
        <source>%1 is in the band for %2 points or more.</source>
        <translation>%1 اس درجے میں ہے جو %2 یا اس سے زیادہ پوائنٹس کا ہے۔</translation>
    </message>
    <message>
        <source>%1 is in %2, for %3 points or more.</source>
        <translation>%1 درجے %2 میں ہے، جو %3 یا اس سے زیادہ پوائنٹس کا ہے۔</translation>
    </message>
    <message>
        <source>That band gives %1.</source>
        <translation>اس درجے سے %1 ملتے ہیں۔</translation>
    </message>
    <message>
        <source>Each change below is a share of %1, the amount from the points.</source>
        <translation>نیچے دی گئی ہر تبدیلی %1 کا ایک حصہ ہے، یعنی پوائنٹس سے نکلنے والی رقم کا۔</translation>
    </message>
    <message>
        <source>%1, so the amount goes down by %2: %3 less.</source>
        <translation>%1، اس لیے رقم %2 کم ہو جاتی ہے: %3 کم۔</translation>
    </message>
    <message>
        <source>%1, so the amount goes up by %2: %3 more.</source>
        <translation>%1، اس لیے رقم %2 بڑھ جاتی ہے: %3 زیادہ۔</translation>
    </message>
    <message>
        <source>The amount cannot go below %1, so it stops at %1.</source>
        <translation>رقم %1 سے کم نہیں ہو سکتی، اس لیے یہ %1 پر رک جاتی ہے۔</translation>
    </message>
    <message>
        <source>That makes %1.</source>
        <translation>اس طرح %1 بنتے ہیں۔</translation>
    </message>
    <message>
        <source>The council&apos;s lowest amount is %1, so the amount goes up to that.</source>
        <translation>کونسل کی کم سے کم رقم %1 ہے، اس لیے رقم بڑھ کر اتنی ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>The council&apos;s highest amount is %1, so the amount comes down to that.</source>
        <translation>کونسل کی زیادہ سے زیادہ رقم %1 ہے، اس لیے رقم کم ہو کر اتنی ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>The next amount is separate, so the council&apos;s lowest and highest amounts do not limit it.</source>
        <translation>اگلی رقم الگ ہے، اس لیے کونسل کی کم سے کم اور زیادہ سے زیادہ رقم اس پر حد نہیں لگاتی۔</translation>
    </message>
    <message>
        <source>The next amounts are separate, so the council&apos;s lowest and highest amounts do not limit them.</source>
        <translation>اگلی رقمیں الگ ہیں، اس لیے کونسل کی کم سے کم اور زیادہ سے زیادہ رقم ان پر حد نہیں لگاتی۔</translation>
    </message>
    <message>
        <source>%1, so %2 is added.</source>
        <translation>%1، اس لیے %2 جمع کیے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>%1, so %2 is added: the council calls this the “%3”.</source>
        <translation>%1، اس لیے %2 جمع کیے جاتے ہیں: کونسل اسے “%3” کہتی ہے۔</translation>
    </message>
    <message>
        <source>%1, so %2 is taken off.</source>
        <translation>%1، اس لیے %2 کم کیے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>%1, so %2 is taken off: the council calls this the “%3”.</source>
        <translation>%1، اس لیے %2 کم کیے جاتے ہیں: کونسل اسے “%3” کہتی ہے۔</translation>
    </message>
    <message>
        <source>So the amount is %1.</source>
        <translation>تو رقم %1 ہے۔</translation>
    </message>
    <message>
        <source>So far, the amount is %1.</source>
        <translation>اب تک رقم %1 ہے۔</translation>
    </message>
    <message>
        <source>It may change as you answer the rest of the questions.</source>
        <translation>باقی سوالات کے جواب دینے پر یہ بدل سکتی ہے۔</translation>
    </message>
    <message>
        <source>The council calls this the “%1”.</source>
        <translation>کونسل اسے “%1” کہتی ہے۔</translation>
    </message>
    <message>
        <source>This scheme is an example, not any council&apos;s real figures: ask your council for its own scheme, or for the amount it has worked out for you.</source>
        <translation>یہ اسکیم ایک مثال ہے، کسی کونسل کے اصل اعداد نہیں: اپنی کونسل سے اس کی اپنی اسکیم مانگیں، یا وہ رقم پوچھیں جو اس نے آپ کے لیے نکالی ہے۔</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 پوائنٹ</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 پوائنٹس</translation>
    </message>
</context>
<context>
    <name>RasSchemeLoader</name>
    <message>
        <source>It is not a RAS scheme file: it should have &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>یہ RAS اسکیم کی فائل نہیں ہے: اس میں &quot;format&quot;: &quot;%1&quot; ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>It was made for a newer version of this program (scheme format %1; this version reads format %2). Update the program to use it.</source>
        <translation>یہ اس پروگرام کے نئے ورژن کے لیے بنائی گئی تھی (اسکیم فارمیٹ %1؛ یہ ورژن فارمیٹ %2 پڑھتا ہے)۔ اسے استعمال کرنے کے لیے پروگرام اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1.</source>
        <translation>&quot;formatVersion&quot; کو %1 ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 is %2, which is not an area of life the program knows. It can be one of: %3.</source>
        <translation>%1 کی قدر %2 ہے، جو زندگی کا ایسا حصہ نہیں جسے پروگرام جانتا ہو۔ یہ ان میں سے ایک ہو سکتا ہے: %3۔</translation>
    </message>
    <message>
        <source>%1 is not used with the rule %2: take it out, or change &quot;money.rule&quot;.</source>
        <translation>%1 قاعدے %2 کے ساتھ استعمال نہیں ہوتا: اسے نکال دیں، یا &quot;money.rule&quot; بدلیں۔</translation>
    </message>
    <message>
        <source>&quot;money.rule&quot; must be %1 or %2, not %3.</source>
        <translation>&quot;money.rule&quot; کو %1 یا %2 ہونا چاہیے، %3 نہیں۔</translation>
    </message>
    <message>
        <source>The scheme cannot be used. %1</source>
        <translation>اسکیم استعمال نہیں ہو سکتی۔ %1</translation>
    </message>
    <message>
        <source>The scheme in &quot;%1&quot; cannot be used. %2</source>
        <translation>&quot;%1&quot; میں موجود اسکیم استعمال نہیں ہو سکتی۔ %2</translation>
    </message>
    <message>
        <source>The scheme file &quot;%1&quot; could not be opened. Check that it is there and that you may read it.</source>
        <translation>اسکیم کی فائل &quot;%1&quot; کھولی نہیں جا سکی۔ دیکھ لیں کہ یہ موجود ہے اور آپ اسے پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too big to be a RAS scheme.</source>
        <translation>فائل &quot;%1&quot; RAS اسکیم ہونے کے لیے بہت بڑی ہے۔</translation>
    </message>
    <message>
        <source>The scheme file &quot;%1&quot; could not be read.</source>
        <translation>اسکیم کی فائل &quot;%1&quot; پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>It is too big to be a RAS scheme.</source>
        <translation>یہ RAS اسکیم ہونے کے لیے بہت بڑی ہے۔</translation>
    </message>
</context>
<context>
    <name>RasSchemeValidator</name>
    <message>
        <source>&quot;questions&quot; is empty: a scheme needs at least one question.</source>
        <translation>&quot;questions&quot; خالی ہے: اسکیم میں کم از کم ایک سوال ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>&quot;questions&quot; has %1 questions; a scheme can have at most %2.</source>
        <translation>&quot;questions&quot; میں %1 سوالات ہیں؛ اسکیم میں زیادہ سے زیادہ %2 ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each question needs its own id.</source>
        <translation>%1 کی قدر %2 ہے، جو %3 جیسی ہے: ہر سوال کی اپنی id ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>%1 is empty: each question needs at least one answer to choose.</source>
        <translation>%1 خالی ہے: ہر سوال میں چننے کے لیے کم از کم ایک جواب ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 has %2 answers; a question can have at most %3.</source>
        <translation>%1 میں %2 جوابات ہیں؛ ایک سوال میں زیادہ سے زیادہ %3 ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each answer to a question needs its own id.</source>
        <translation>%1 کی قدر %2 ہے، جو %3 جیسی ہے: کسی سوال کے ہر جواب کی اپنی id ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>%1 is %2: points must be between 0 and %3.</source>
        <translation>%1 کی قدر %2 ہے: پوائنٹس 0 اور %3 کے درمیان ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>&quot;money.floorPence&quot; must be between %1 and %2.</source>
        <translation>&quot;money.floorPence&quot; کو %1 اور %2 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>&quot;money.ceilingPence&quot; must be between %1 and %2.</source>
        <translation>&quot;money.ceilingPence&quot; کو %1 اور %2 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>&quot;money.floorPence&quot; (%1) is above &quot;money.ceilingPence&quot; (%2): the lowest amount cannot be more than the highest.</source>
        <translation>&quot;money.floorPence&quot; (%1) کی قدر &quot;money.ceilingPence&quot; (%2) سے زیادہ ہے: کم سے کم رقم زیادہ سے زیادہ رقم سے بڑی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>&quot;money.pricePerPointPence&quot; must be more than %1 and at most %2.</source>
        <translation>&quot;money.pricePerPointPence&quot; کو %1 سے زیادہ اور زیادہ سے زیادہ %2 ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>&quot;money.bands&quot; is empty: the bands rule needs at least one band.</source>
        <translation>&quot;money.bands&quot; خالی ہے: درجوں والے قاعدے کے لیے کم از کم ایک درجہ ضروری ہے۔</translation>
    </message>
    <message>
        <source>&quot;money.bands&quot; has %1 bands; a scheme can have at most %2.</source>
        <translation>&quot;money.bands&quot; میں %1 درجے ہیں؛ اسکیم میں زیادہ سے زیادہ %2 ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 کو %2 اور %3 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 is %2: the first band must start at 0 points, so that every score has an amount.</source>
        <translation>%1 کی قدر %2 ہے: پہلا درجہ 0 پوائنٹس سے شروع ہونا چاہیے، تاکہ ہر اسکور کی کوئی رقم ہو۔</translation>
    </message>
    <message>
        <source>%1 is missing: only the last band may be left without an upper limit.</source>
        <translation>%1 موجود نہیں ہے: صرف آخری درجہ اوپری حد کے بغیر چھوڑا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>%1 (%2) is below %3 (%4): a band runs from its lower edge up to its upper edge.</source>
        <translation>%1 (%2) کی قدر %3 (%4) سے کم ہے: ایک درجہ اپنی نچلی حد سے اوپری حد تک جاتا ہے۔</translation>
    </message>
    <message>
        <source>There is a gap between %1 (up to %2 points) and %3 (from %4 points): a score of %5 points would have no amount.</source>
        <translation>%1 (%2 پوائنٹس تک) اور %3 (%4 پوائنٹس سے) کے درمیان خلا ہے: %5 پوائنٹس کے اسکور کی کوئی رقم نہیں ہو گی۔</translation>
    </message>
    <message>
        <source>%1 (from %2 points) overlaps %3 (up to %4 points): a score of %5 points would be in both.</source>
        <translation>%1 (%2 پوائنٹس سے) اور %3 (%4 پوائنٹس تک) ایک دوسرے پر چڑھ جاتے ہیں: %5 پوائنٹس کا اسکور دونوں میں ہو گا۔</translation>
    </message>
    <message>
        <source>%1 (%2) is less than the band before it (%3): more points must never mean less money.</source>
        <translation>%1 (%2) اپنے سے پہلے والے درجے (%3) سے کم ہے: زیادہ پوائنٹس کا مطلب کبھی کم رقم نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The last band stops at %1 points, but the answers can score up to %2: raise %3 to at least %2, or leave it out so the last band has no upper limit.</source>
        <translation>آخری درجہ %1 پوائنٹس پر رکتا ہے، لیکن جوابات کا اسکور %2 تک ہو سکتا ہے: %3 کو کم از کم %2 کریں، یا اسے نکال دیں تاکہ آخری درجے کی کوئی اوپری حد نہ ہو۔</translation>
    </message>
    <message>
        <source>&quot;adjustments&quot; has %1 adjustments; a scheme can have at most %2.</source>
        <translation>&quot;adjustments&quot; میں %1 ردوبدل ہیں؛ اسکیم میں زیادہ سے زیادہ %2 ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is %2, the same as %3: each adjustment needs its own id.</source>
        <translation>%1 کی قدر %2 ہے، جو %3 جیسی ہے: ہر ردوبدل کی اپنی id ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>%1 names a question the scheme does not have: %2.</source>
        <translation>%1 ایسے سوال کا نام لیتا ہے جو اسکیم میں نہیں: %2۔</translation>
    </message>
    <message>
        <source>%1 is empty: say which answers the adjustment is for.</source>
        <translation>%1 خالی ہے: بتائیں کہ یہ ردوبدل کن جوابات کے لیے ہے۔</translation>
    </message>
    <message>
        <source>%1 names an answer the question %2 does not have: %3.</source>
        <translation>%1 ایسے جواب کا نام لیتا ہے جو سوال %2 میں نہیں: %3۔</translation>
    </message>
    <message>
        <source>%1 needs either &quot;percentBasisPoints&quot; or &quot;amountPence&quot;, and not both.</source>
        <translation>%1 کو &quot;percentBasisPoints&quot; یا &quot;amountPence&quot; میں سے ایک چاہیے، دونوں نہیں۔</translation>
    </message>
    <message>
        <source>%1 is %2: it must be between %3 (100% less) and %4 (1,000% more).</source>
        <translation>%1 کی قدر %2 ہے: اسے %3 (100 فیصد کم) اور %4 (1,000 فیصد زیادہ) کے درمیان ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>RateTableLoader</name>
    <message>
        <source>the field “%1” is missing</source>
        <translation>field “%1” موجود نہیں ہے</translation>
    </message>
    <message>
        <source>the field “%1” must be a group of fields in { }</source>
        <translation>field “%1” کو { } میں fields کا ایک گروپ ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be a list in [ ]</source>
        <translation>field “%1” کو [ ] میں ایک فہرست ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be text in quotes</source>
        <translation>field “%1” کو واوین میں لکھا متن ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must not be empty</source>
        <translation>field “%1” خالی نہیں ہونی چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be “%2”</source>
        <translation>field “%1” کو “%2” ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number</source>
        <translation>field “%1” کو ایک پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be between %2 and %3</source>
        <translation>field “%1” کو %2 اور %3 کے درمیان ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be true or false</source>
        <translation>field “%1” کو true یا false ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must be a date written like 2026-04-06</source>
        <translation>field “%1” کو 2026-04-06 کی طرح لکھی تاریخ ہونا چاہیے</translation>
    </message>
    <message>
        <source>the field “%1” must list at least one source</source>
        <translation>field “%1” میں کم از کم ایک ماخذ درج ہونا چاہیے</translation>
    </message>
    <message>
        <source>the fields “holiday.accrualBasisPoints” (%1) and “holiday.weeksPerYearHundredths” (%2) do not agree: that many weeks a year is %3 basis points of pay</source>
        <translation>fields “holiday.accrualBasisPoints” (%1) اور “holiday.weeksPerYearHundredths” (%2) آپس میں میل نہیں کھاتیں: سال میں اتنے ہفتے تنخواہ کے %3 basis points بنتے ہیں</translation>
    </message>
    <message>
        <source>the field “%1” must not be less than “%2”</source>
        <translation>field “%1” کو “%2” سے کم نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>These cost rates can&apos;t be used: %1. Use the rates that came with the program, or correct the file.</source>
        <translation>لاگت کی یہ شرحیں استعمال نہیں ہو سکتیں: %1۔ پروگرام کے ساتھ آنے والی شرحیں استعمال کریں، یا فائل درست کریں۔</translation>
    </message>
    <message>
        <source>the file is too large to be a rate table</source>
        <translation>فائل ریٹ ٹیبل ہونے کے لیے بہت بڑی ہے</translation>
    </message>
    <message>
        <source>the file is not in JSON format (%1 at character %2)</source>
        <translation>فائل JSON فارمیٹ میں نہیں ہے (%1، حرف نمبر %2 پر)</translation>
    </message>
    <message>
        <source>the file does not hold a group of fields in { }</source>
        <translation>فائل میں { } کے اندر fields کا گروپ نہیں ہے</translation>
    </message>
    <message>
        <source>the file was made for a newer version of this program (rate table format %1)</source>
        <translation>فائل اس پروگرام کے نئے ورژن کے لیے بنائی گئی تھی (ریٹ ٹیبل فارمیٹ %1)</translation>
    </message>
    <message>
        <source>the field “validUntil” must not be before “validFrom”</source>
        <translation>field “validUntil” کو “validFrom” سے پہلے نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>The cost rates file could not be opened. Check that it is still there and that you can read it.</source>
        <translation>لاگت کی شرحوں کی فائل کھولی نہیں جا سکی۔ دیکھ لیں کہ یہ ابھی موجود ہے اور آپ اسے پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>No cost rates came with this copy of the program, so the cost of employing a personal assistant can&apos;t be worked out. Please reinstall the program.</source>
        <translation>پروگرام کی اس کاپی کے ساتھ لاگت کی کوئی شرحیں نہیں آئیں، اس لیے ذاتی معاون رکھنے کی لاگت نہیں نکالی جا سکتی۔ براہ کرم پروگرام دوبارہ انسٹال کریں۔</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>Life area</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>جن نتائج کی درجہ بندی ہوئی</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>زندگی کے سب حصے</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>منصوبے کا ورژن</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>کیا کہا گیا</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>سب تبصرے</translation>
    </message>
</context>
<context>
    <name>ResultsDocumentBuilder</name>
    <message>
        <source>Checking the results</source>
        <translation>نتائج کی جانچ</translation>
    </message>
    <message>
        <source>Checking the results · made on %1</source>
        <extracomment>the footer on every page of the results report</extracomment>
        <translation>نتائج کی جانچ · %1 کو بنایا گیا</translation>
    </message>
    <message>
        <source>What this report covers</source>
        <translation>یہ رپورٹ کس بارے میں ہے</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>بنانے کی تاریخ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>جائزے</translation>
    </message>
    <message>
        <source>At each review the person says, for each of their outcomes, whether things are better, the same or worse since their plan began, or have not changed yet.</source>
        <translation>ہر جائزے میں وہ شخص اپنے ہر نتیجے کے بارے میں بتاتا ہے کہ منصوبہ شروع ہونے کے بعد سے حالات بہتر ہیں، پہلے جیسے ہیں یا بدتر ہیں، یا ابھی نہیں بدلے۔</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <source>%1 ratings are of outcomes no longer in the plan reviewed, so they are not counted by life area.</source>
        <translation>%1 درجہ بندیاں ایسے نتائج کی ہیں جو جائزہ لیے گئے منصوبے میں اب نہیں ہیں، اس لیے انہیں زندگی کے حصوں کے لحاظ سے نہیں گنا گیا۔</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>جن نتائج کی درجہ بندی ہوئی</translation>
    </message>
    <message>
        <source>Results by life area</source>
        <translation>زندگی کے حصوں کے لحاظ سے نتائج</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews yet.</source>
        <translation>ان جائزوں میں ابھی کسی نتیجے کی درجہ بندی نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>زندگی کے سب حصے</translation>
    </message>
    <message>
        <source>How happy people are with their support</source>
        <translation>لوگ اپنی مدد سے کتنے خوش ہیں</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Outcomes that got worse</source>
        <translation>وہ نتائج جو بدتر ہو گئے</translation>
    </message>
    <message>
        <source>No outcome got worse in these reviews.</source>
        <translation>ان جائزوں میں کوئی نتیجہ بدتر نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Someone should talk with each of these people about what has changed and what would help.</source>
        <translation>کسی کو ان میں سے ہر شخص سے بات کرنی چاہیے کہ کیا بدلا ہے اور کس چیز سے مدد ملے گی۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>کیا کہا گیا</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What people said: themes</source>
        <translation>لوگوں نے کیا کہا: موضوعات</translation>
    </message>
    <message>
        <source>No comments have been tagged with themes yet.</source>
        <translation>ابھی کسی تبصرے پر موضوع کا ٹیگ نہیں لگایا گیا۔</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>سب تبصرے</translation>
    </message>
</context>
<context>
    <name>ResultsLabels</name>
    <message>
        <source>About an outcome</source>
        <translation>کسی نتیجے کے بارے میں</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>کیا ٹھیک چل رہا ہے</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>کیا ٹھیک نہیں چل رہا</translation>
    </message>
    <message>
        <source>What is important for the future</source>
        <translation>مستقبل کے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>بہت خوش</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>خوش</translation>
    </message>
    <message>
        <source>Neither happy nor unhappy</source>
        <translation>نہ خوش نہ ناخوش</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>ناخوش</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>بہت ناخوش</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>نہیں بتایا</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>ابھی طے نہیں ہوا</translation>
    </message>
    <message>
        <source>Keep the plan</source>
        <translation>منصوبہ برقرار رکھیں</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>منصوبہ بدلیں</translation>
    </message>
    <message>
        <source>reviews from %1 to %2</source>
        <translation>%1 سے %2 تک کے جائزے</translation>
    </message>
    <message>
        <source>reviews from %1 on</source>
        <translation>%1 سے آگے کے جائزے</translation>
    </message>
    <message>
        <source>reviews up to %1</source>
        <translation>%1 تک کے جائزے</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>سب جائزے</translation>
    </message>
    <message>
        <source>plans managed as: %1</source>
        <extracomment>%1 is how the money is managed, e.g. &quot;Money paid to you (direct payment)&quot;</extracomment>
        <translation>منصوبے جن کا انتظام اس طرح ہوتا ہے: %1</translation>
    </message>
    <message>
        <source>outcomes about: %1</source>
        <extracomment>%1 is a life area, e.g. &quot;Things I do&quot;</extracomment>
        <translation>نتائج اس بارے میں: %1</translation>
    </message>
    <message>
        <source>%1. Each person&apos;s most recent review counts.</source>
        <translation>%1۔ ہر شخص کا سب سے تازہ جائزہ شمار ہوتا ہے۔</translation>
    </message>
    <message>
        <source>%1. Every review counts.</source>
        <translation>%1۔ ہر جائزہ شمار ہوتا ہے۔</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews yet.</source>
        <translation>ان جائزوں میں ابھی کسی نتیجے کی درجہ بندی نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Of 1 outcome rated: </source>
        <translation>درجہ بندی کیے گئے 1 نتیجے میں سے: </translation>
    </message>
    <message>
        <source>Of %1 outcomes rated: </source>
        <translation>درجہ بندی کیے گئے %1 نتائج میں سے: </translation>
    </message>
    <message>
        <source>%1 got better (%2%), %3 stayed the same (%4%), %5 got worse (%6%), %7 not yet (%8%).</source>
        <extracomment>%1 how many, %2 the percentage, and so on</extracomment>
        <translation>%1 بہتر ہوئے (%2%)، %3 پہلے جیسے رہے (%4%)، %5 بدتر ہوئے (%6%)، %7 ابھی نہیں (%8%)۔</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 بہتر</translation>
    </message>
    <message>
        <source>%1 the same</source>
        <translation>%1 پہلے جیسے</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>%1 بدتر</translation>
    </message>
    <message>
        <source>%1 not yet</source>
        <translation>%1 ابھی نہیں</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>%1 کو جائزہ لیا گیا</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>جائزہ لیا گیا</translation>
    </message>
    <message>
        <source>: no outcomes rated yet.</source>
        <translation>: ابھی کسی نتیجے کی درجہ بندی نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation>: %1۔</translation>
    </message>
    <message>
        <source>Kept the plan.</source>
        <translation>منصوبہ برقرار رکھا۔</translation>
    </message>
    <message>
        <source>Changed the plan.</source>
        <translation>منصوبہ بدلا۔</translation>
    </message>
    <message>
        <source>Not finished.</source>
        <translation>مکمل نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentBuilder</name>
    <message>
        <source>This is better.</source>
        <translation>یہ بہتر ہے۔</translation>
    </message>
    <message>
        <source>This is the same.</source>
        <translation>یہ پہلے جیسا ہے۔</translation>
    </message>
    <message>
        <source>This is worse.</source>
        <translation>یہ بدتر ہے۔</translation>
    </message>
    <message>
        <source>This has not changed yet.</source>
        <translation>یہ ابھی نہیں بدلا۔</translation>
    </message>
    <message>
        <source>My review: %1</source>
        <extracomment>the easy-read review form&apos;s title; %1 the person&apos;s name</extracomment>
        <translation>میرا جائزہ: %1</translation>
    </message>
    <message>
        <source>This form is about my plan.</source>
        <translation>یہ فارم میرے منصوبے کے بارے میں ہے۔</translation>
    </message>
    <message>
        <source> Version %1.</source>
        <translation> ورژن %1۔</translation>
    </message>
    <message>
        <source>My plan was agreed on %1.</source>
        <translation>میرا منصوبہ %1 کو منظور ہوا۔</translation>
    </message>
    <message>
        <source>You can fill it in with someone who helps you.</source>
        <translation>آپ اسے کسی مدد کرنے والے کے ساتھ بھر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>For each thing that matters to me, tick one box: better, the same, worse or not yet.</source>
        <translation>میرے لیے ہر اہم چیز کے لیے ایک خانے پر نشان لگائیں۔ بہتر، پہلے جیسا، بدتر یا ابھی نہیں۔</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>اس فارم کے بارے میں</translation>
    </message>
    <message>
        <source>What I want to say about these things</source>
        <translation>میں ان چیزوں کے بارے میں کیا کہنا چاہتا/چاہتی ہوں</translation>
    </message>
    <message>
        <source>Write here</source>
        <translation>یہاں لکھیں</translation>
    </message>
    <message>
        <source>What is working?</source>
        <translation>کیا ٹھیک چل رہا ہے؟</translation>
    </message>
    <message>
        <source>What is not working?</source>
        <translation>کیا ٹھیک نہیں چل رہا؟</translation>
    </message>
    <message>
        <source>What is important to me for the future?</source>
        <translation>مستقبل کے لیے میرے لیے کیا اہم ہے؟</translation>
    </message>
    <message>
        <source>How happy am I with my support?</source>
        <translation>میں اپنی مدد سے کتنا خوش ہوں؟</translation>
    </message>
    <message>
        <source>Review of the support plan for %1</source>
        <translation>%1 کے مدد کے منصوبے کا جائزہ</translation>
    </message>
    <message>
        <source>Keep the plan. The next review is on %1.</source>
        <translation>منصوبہ برقرار رکھیں۔ اگلا جائزہ %1 کو ہے۔</translation>
    </message>
    <message>
        <source>Keep the plan.</source>
        <translation>منصوبہ برقرار رکھیں۔</translation>
    </message>
    <message>
        <source>Change the plan: a new version was made from it.</source>
        <translation>منصوبہ بدلیں: اس سے ایک نیا ورژن بنایا گیا۔</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>ابھی طے نہیں ہوا۔</translation>
    </message>
    <message>
        <source>About this review</source>
        <translation>اس جائزے کے بارے میں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>منصوبے کا ورژن</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>کس نے حصہ لیا</translation>
    </message>
    <message>
        <source>How happy with the support</source>
        <translation>مدد سے کتنے خوش</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>کیا طے ہوا</translation>
    </message>
    <message>
        <source>What matters to me: how it has gone</source>
        <translation>میرے لیے کیا اہم ہے: یہ کیسا رہا</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>Since the plan began</source>
        <translation>منصوبہ شروع ہونے کے بعد سے</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>کیا کہا گیا</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>جواب نہیں دیا</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>حالات کیسے چل رہے ہیں</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>My review was on %1.</source>
        <translation>میرا جائزہ %1 کو ہوا۔</translation>
    </message>
    <message>
        <source>These people took part: %1</source>
        <translation>ان لوگوں نے حصہ لیا: %1</translation>
    </message>
    <message>
        <source>About my review</source>
        <translation>میرے جائزے کے بارے میں</translation>
    </message>
    <message>
        <source>We did not talk about this.</source>
        <translation>ہم نے اس بارے میں بات نہیں کی۔</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>What is working:</source>
        <translation>کیا ٹھیک چل رہا ہے:</translation>
    </message>
    <message>
        <source>What is not working:</source>
        <translation>کیا ٹھیک نہیں چل رہا:</translation>
    </message>
    <message>
        <source>What is important for the future:</source>
        <translation>مستقبل کے لیے کیا اہم ہے:</translation>
    </message>
    <message>
        <source>How happy I am with my support: %1.</source>
        <translation>میں اپنی مدد سے کتنا خوش ہوں: %1۔</translation>
    </message>
    <message>
        <source>We decided: %1</source>
        <translation>ہم نے طے کیا: %1</translation>
    </message>
</context>
<context>
    <name>ReviewThemeRepository</name>
    <message>
        <source>A theme is a few words, like “transport” or “staff keep changing”. Make “%1…” shorter (%2 characters at most). Nothing was changed.</source>
        <translation>موضوع چند الفاظ کا ہوتا ہے، جیسے “آمد و رفت” یا “عملہ بدلتا رہتا ہے”۔ “%1…” کو چھوٹا کریں (زیادہ سے زیادہ %2 حروف)۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This review is no longer in the caseload file, so its comments can&apos;t be tagged. Show the results again to see the reviews as they are now.</source>
        <translation>یہ جائزہ اب کیس لوڈ فائل میں نہیں ہے، اس لیے اس کے تبصروں پر ٹیگ نہیں لگ سکتا۔ جائزوں کو ان کی موجودہ حالت میں دیکھنے کے لیے نتائج دوبارہ دکھائیں۔</translation>
    </message>
</context>
<context>
    <name>SetThemesCommand</name>
    <message>
        <source>tag a comment with themes</source>
        <extracomment>an undo step: &quot;Undo tag a comment with themes&quot;</extracomment>
        <translation>تبصرے پر موضوعات کا ٹیگ لگانا</translation>
    </message>
</context>
<context>
    <name>SpendingPace</name>
    <message>
        <source>Add the amount of your budget to your plan to see how long the money will last.</source>
        <translation>یہ دیکھنے کے لیے کہ رقم کتنی دیر چلے گی، اپنے بجٹ کی رقم اپنے منصوبے میں شامل کریں۔</translation>
    </message>
    <message>
        <source>It is too early in the plan year to tell how long the money will last. Look again after the first month.</source>
        <translation>منصوبے کے سال میں ابھی یہ بتانا جلدی ہے کہ رقم کتنی دیر چلے گی۔ پہلے مہینے کے بعد دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>No spending is recorded for this plan year yet. Add what has been paid, or import a statement, to see how long the money will last.</source>
        <translation>اس منصوبے کے سال کے لیے ابھی کوئی خرچ درج نہیں ہے۔ یہ دیکھنے کے لیے کہ رقم کتنی دیر چلے گی، جو ادا ہوا ہے وہ شامل کریں، یا بینک اسٹیٹمنٹ امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>At this rate you will have about %1 left at the end of the plan year (%2).</source>
        <extracomment>%1 money in whole pounds, %2 the last day of the plan year</extracomment>
        <translation>اس رفتار سے منصوبے کے سال کے آخر (%2) میں آپ کے پاس تقریباً %1 بچیں گے۔</translation>
    </message>
    <message>
        <source>At this rate the money will run out in %1, before the plan year ends on %2.</source>
        <extracomment>%1 a month and year, e.g. &quot;March 2027&quot;; %2 the last day of the plan year</extracomment>
        <translation>اس رفتار سے رقم %1 میں ختم ہو جائے گی، یعنی %2 کو منصوبے کا سال ختم ہونے سے پہلے۔</translation>
    </message>
    <message>
        <source>You have already spent all of this plan year&apos;s budget. The plan year ends on %1.</source>
        <translation>آپ اس منصوبے کے سال کا پورا بجٹ خرچ کر چکے ہیں۔ منصوبے کا سال %1 کو ختم ہوتا ہے۔</translation>
    </message>
    <message>
        <source>You have already spent about %1 more than this plan year&apos;s budget. The plan year ends on %2.</source>
        <translation>آپ اس منصوبے کے سال کے بجٹ سے تقریباً %1 زیادہ خرچ کر چکے ہیں۔ منصوبے کا سال %2 کو ختم ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The plan year ended on %1, with about %2 more spent than the budget.</source>
        <translation>منصوبے کا سال %1 کو ختم ہوا، اور بجٹ سے تقریباً %2 زیادہ خرچ ہوا۔</translation>
    </message>
    <message>
        <source>The plan year ended on %1, with about %2 of the budget not spent.</source>
        <translation>منصوبے کا سال %1 کو ختم ہوا، اور بجٹ میں سے تقریباً %2 خرچ نہیں ہوئے۔</translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Choose between %1 and %2 weeks.</source>
        <translation>%1 اور %2 ہفتوں کے درمیان چنیں۔</translation>
    </message>
</context>
<context>
    <name>SpendingSummary</name>
    <message>
        <source>Other spending (not linked to support in the plan)</source>
        <translation>دیگر اخراجات (منصوبے میں شامل مدد سے منسلک نہیں)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
</context>
<context>
    <name>StandardCostSections</name>
    <message>
        <source>No cost</source>
        <translation>کوئی لاگت نہیں</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>میری مدد</translation>
    </message>
    <message>
        <source>No support is in the plan yet.</source>
        <translation>منصوبے میں ابھی کوئی مدد نہیں ہے۔</translation>
    </message>
    <message>
        <source>Each piece of support: who gives it, how often, how it is paid for, what it helps with and what it costs.</source>
        <translation>مدد کا ہر حصہ: کون دیتا ہے، کتنی بار، اس کی ادائیگی کیسے ہوتی ہے، یہ کس چیز میں مدد کرتا ہے اور اس کی لاگت کتنی ہے۔</translation>
    </message>
    <message>
        <source>Personal assistants cost what employing them costs, not only their wages (see the next section). A one-off cost counts in full in the plan year. A year has 52 weeks.</source>
        <translation>ذاتی معاونین کی لاگت ان کو ملازم رکھنے کی پوری لاگت ہے، صرف ان کی اجرت نہیں (اگلا حصہ دیکھیں)۔ ایک بار کی لاگت منصوبے کے سال میں پوری شمار ہوتی ہے۔ ایک سال میں 52 ہفتے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Worked out with the rates for %1, as of %2.</source>
        <extracomment>%1 the rate table&apos;s name (&quot;England, tax year 2026 to 2027&quot;), %2 its date</extracomment>
        <translation>%1 کی شرحوں سے نکالا گیا، %2 کے مطابق۔</translation>
    </message>
    <message>
        <source>Where the figures come from:</source>
        <translation>اعداد کہاں سے آتے ہیں:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An amount in the budget&apos;s period, then a year: &quot;£230.50 a week (£11,986 a year)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>ذاتی معاون</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>یہ کیسے نکالا گیا</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>ایک سال</translation>
    </message>
    <message>
        <source>Cost of employing them</source>
        <translation>انہیں ملازم رکھنے کی لاگت</translation>
    </message>
    <message>
        <source>For “%1”.</source>
        <translation>“%1” کے لیے۔</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>One item&apos;s share of a PA&apos;s cost: &quot;“Swimming”: £2,140.20 a year&quot;</extracomment>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Shared between their support by their wages for each: %1.</source>
        <translation>ان کی مدد کے حصوں میں، ہر ایک کی اجرت کے حساب سے بانٹا گیا: %1۔</translation>
    </message>
    <message>
        <source>What employing my personal assistants costs</source>
        <translation>میرے ذاتی معاونین کو ملازم رکھنے کی لاگت</translation>
    </message>
    <message>
        <source>There are no personal assistants in this plan.</source>
        <translation>اس منصوبے میں کوئی ذاتی معاون نہیں ہے۔</translation>
    </message>
    <message>
        <source>Employing a personal assistant (PA) costs more than their wages: holiday pay, National Insurance, a pension, insurance and a payroll service. Here is each line, and how it was worked out.</source>
        <translation>ذاتی معاون (PA) کو ملازم رکھنے کی لاگت ان کی اجرت سے زیادہ ہوتی ہے: چھٹیوں کی تنخواہ، نیشنل انشورنس، پنشن، بیمہ اور تنخواہ کی سروس۔ یہاں ہر مد ہے، اور یہ کہ اسے کیسے نکالا گیا۔</translation>
    </message>
    <message>
        <source>“%1” is costed at the wages alone, without the costs of employing.</source>
        <translation>“%1” کی لاگت صرف اجرت پر لگائی گئی ہے، ملازم رکھنے کے اخراجات کے بغیر۔</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>کل رقمیں</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>میرا بجٹ</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>ابھی معلوم نہیں</translation>
    </message>
    <message>
        <source>My support costs</source>
        <translation>میری مدد کی لاگت</translation>
    </message>
    <message>
        <source>More than my budget</source>
        <translation>میرے بجٹ سے زیادہ</translation>
    </message>
    <message>
        <source>%1 more than your budget</source>
        <translation>آپ کے بجٹ سے %1 زیادہ</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>بچی ہوئی رقم</translation>
    </message>
    <message>
        <source>When you know your budget, the plan shows what is left over.</source>
        <translation>جب آپ کو اپنا بجٹ معلوم ہو جائے گا تو منصوبہ دکھائے گا کہ کتنی رقم بچی ہے۔</translation>
    </message>
</context>
<context>
    <name>StandardMoneySections</name>
    <message>
        <source>My budget and why</source>
        <translation>میرا بجٹ اور اس کی وجہ</translation>
    </message>
    <message>
        <source>Indicative budget (the amount the council suggests before the plan)</source>
        <translation>اندازاً بجٹ (منصوبے سے پہلے کونسل کی تجویز کردہ رقم)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>ابھی معلوم نہیں</translation>
    </message>
    <message>
        <source>Agreed budget (the amount agreed with the plan)</source>
        <translation>منظور شدہ بجٹ (منصوبے کے ساتھ منظور ہونے والی رقم)</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>ابھی منظور نہیں ہوا</translation>
    </message>
    <message>
        <source>The budget in a year</source>
        <translation>ایک سال میں بجٹ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 سے</translation>
    </message>
    <message>
        <source>How the amount was worked out</source>
        <translation>رقم کیسے نکالی گئی</translation>
    </message>
    <message>
        <source>With the council&apos;s questionnaire and scheme (Resource Allocation System)</source>
        <translation>کونسل کے سوالنامے اور اسکیم سے (Resource Allocation System)</translation>
    </message>
    <message>
        <source>The council gave the figure</source>
        <translation>کونسل نے رقم بتائی</translation>
    </message>
    <message>
        <source>Why the amount is what it is</source>
        <translation>رقم اتنی کیوں ہے</translation>
    </message>
    <message>
        <source>Worked out with “%1” (%2), figures as of %3.</source>
        <extracomment>%1 the scheme&apos;s name, %2 who publishes it, %3 the date of its figures</extracomment>
        <translation>“%1” (%2) سے نکالا گیا، %3 کے اعداد کے مطابق۔</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A numbered step of the sum: &quot;3. 255 × £45 = £11,475 a year.&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Where the money comes from (funding streams)</source>
        <translation>رقم کہاں سے آتی ہے (رقم کے ذرائع)</translation>
    </message>
    <message>
        <source>No funding streams are listed yet.</source>
        <translation>ابھی رقم کا کوئی ذریعہ درج نہیں ہے۔</translation>
    </message>
    <message>
        <source>From</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>ابھی نام نہیں دیا گیا</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>میں</translation>
    </message>
    <message>
        <source>%1 (my nominee)</source>
        <translation>%1 (میرا نامزد شخص)</translation>
    </message>
    <message>
        <source>The council</source>
        <translation>کونسل</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>میری رقم کا انتظام کیسے ہوتا ہے</translation>
    </message>
    <message>
        <source>How it is managed</source>
        <translation>انتظام کیسے ہوتا ہے</translation>
    </message>
    <message>
        <source>Each piece of support says which way it is paid for (see My support).</source>
        <translation>مدد کا ہر حصہ بتاتا ہے کہ اس کی ادائیگی کس طریقے سے ہوتی ہے (میری مدد دیکھیں)۔</translation>
    </message>
    <message>
        <source>There is no paid support in the plan yet.</source>
        <translation>منصوبے میں ابھی کوئی ایسی مدد نہیں جس کی ادائیگی ہوتی ہو۔</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Who holds the money</source>
        <translation>رقم کس کے پاس ہے</translation>
    </message>
    <message>
        <source>Pieces of support</source>
        <translation>مدد کے حصے</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>سالانہ لاگت</translation>
    </message>
    <message>
        <source>How the costs compare with the indicative budget</source>
        <translation>لاگت کا اندازاً بجٹ سے موازنہ</translation>
    </message>
    <message>
        <source>What your support costs, set beside the amount the council first suggested, and where the money goes. You can take this to a review, or to ask the council to look again at your budget.</source>
        <translation>آپ کی مدد کی لاگت، اس رقم کے ساتھ جو کونسل نے شروع میں تجویز کی تھی، اور یہ کہ رقم کہاں جاتی ہے۔ آپ اسے جائزے میں لے جا سکتے ہیں، یا کونسل سے اپنے بجٹ پر دوبارہ غور کرنے کو کہنے کے لیے استعمال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>By the way the money is managed</source>
        <translation>رقم کے انتظام کے طریقے کے لحاظ سے</translation>
    </message>
    <message>
        <source>By what matters to me (outcomes)</source>
        <translation>میرے لیے کیا اہم ہے کے لحاظ سے (نتائج)</translation>
    </message>
    <message>
        <source>Support that helps with several outcomes is shared evenly between them.</source>
        <translation>جو مدد کئی نتائج میں کام آتی ہے، وہ ان میں برابر بانٹی جاتی ہے۔</translation>
    </message>
    <message>
        <source>By area of life</source>
        <translation>زندگی کے حصے کے لحاظ سے</translation>
    </message>
    <message>
        <source>By where the money comes from (funding source)</source>
        <translation>رقم کہاں سے آتی ہے کے لحاظ سے (رقم کا ذریعہ)</translation>
    </message>
    <message>
        <source>Indicative budget</source>
        <translation>اندازاً بجٹ</translation>
    </message>
    <message>
        <source>Agreed budget</source>
        <translation>منظور شدہ بجٹ</translation>
    </message>
    <message>
        <source>Your support costs</source>
        <translation>آپ کی مدد کی لاگت</translation>
    </message>
    <message>
        <source>There is no indicative budget to compare with yet.</source>
        <translation>ابھی موازنے کے لیے کوئی اندازاً بجٹ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Your support costs the same as the indicative budget.</source>
        <translation>آپ کی مدد کی لاگت اندازاً بجٹ کے برابر ہے۔</translation>
    </message>
    <message>
        <source>Your support costs %1 less than the indicative budget.</source>
        <translation>آپ کی مدد کی لاگت اندازاً بجٹ سے %1 کم ہے۔</translation>
    </message>
    <message>
        <source>Your support costs %1 more than the indicative budget.</source>
        <translation>آپ کی مدد کی لاگت اندازاً بجٹ سے %1 زیادہ ہے۔</translation>
    </message>
    <message>
        <source>The agreed budget is %1 less than the indicative budget.</source>
        <translation>منظور شدہ بجٹ اندازاً بجٹ سے %1 کم ہے۔</translation>
    </message>
    <message>
        <source>The agreed budget is %1 more than the indicative budget.</source>
        <translation>منظور شدہ بجٹ اندازاً بجٹ سے %1 زیادہ ہے۔</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>Not linked to an outcome</source>
        <translation>کسی نتیجے سے منسلک نہیں</translation>
    </message>
    <message>
        <source>In the budget %1</source>
        <translation>بجٹ میں %1</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>منصوبے میں %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>فرق</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>برابر</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 زیادہ</translation>
    </message>
    <message>
        <source>%1 not planned</source>
        <translation>%1 کا منصوبہ نہیں بنا</translation>
    </message>
    <message>
        <source>Not in the budget</source>
        <translation>بجٹ میں نہیں</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>کچھ درج نہیں</translation>
    </message>
</context>
<context>
    <name>StandardPlanWriter</name>
    <message>
        <source>About this plan</source>
        <translation>اس منصوبے کے بارے میں</translation>
    </message>
    <message>
        <source>This is my support plan. It says what matters to me, the support I will get, what it costs and how the money is managed.</source>
        <translation>یہ میرا مدد کا منصوبہ ہے۔ یہ بتاتا ہے کہ میرے لیے کیا اہم ہے، مجھے کیا مدد ملے گی، اس کی لاگت کیا ہے اور رقم کا انتظام کیسے ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>اس منصوبے میں میری مدد کون کرتا ہے</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>منصوبے کا ورژن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Draft, not agreed yet (printed %1)</source>
        <translation>مسودہ، ابھی منظور نہیں ہوا (%1 کو پرنٹ ہوا)</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>%1 کو منظور ہوا</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Agreed on %1, since replaced by a newer version</source>
        <translation>%1 کو منظور ہوا، بعد میں ایک نئے ورژن نے اس کی جگہ لے لی</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>ایک نئے ورژن نے اس کی جگہ لے لی</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Set when the plan is agreed</source>
        <translation>منصوبہ منظور ہونے پر طے ہو گی</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>پرنٹ کی تاریخ</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>No outcomes are written yet.</source>
        <translation>ابھی کوئی نتیجہ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>The things I want my support to help with (my outcomes), in my own words, and how I will know it is working.</source>
        <translation>وہ چیزیں جن میں میں چاہتا/چاہتی ہوں کہ میری مدد کام آئے (میرے نتائج)، میرے اپنے الفاظ میں، اور مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے۔</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>How I will know it is working</source>
        <translation>مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>ابھی نہیں لکھا</translation>
    </message>
    <message>
        <source>My three most important</source>
        <translation>میری تین سب سے اہم چیزیں</translation>
    </message>
    <message>
        <source>Also important to me</source>
        <translation>یہ بھی میرے لیے اہم ہے</translation>
    </message>
    <message>
        <source>My outcomes</source>
        <translation>میرے نتائج</translation>
    </message>
    <message>
        <source>Checking my plan</source>
        <translation>میرے منصوبے کی جانچ</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>کوئی مسئلہ نہیں ملا۔</translation>
    </message>
    <message>
        <source>The program checked the plan the way a careful support planner would. This is what it found, most important first.</source>
        <translation>پروگرام نے منصوبے کو اسی طرح چیک کیا جیسے ایک محتاط منصوبہ ساز کرتا۔ اسے یہ ملا، سب سے اہم پہلے۔</translation>
    </message>
    <message>
        <source>%1: </source>
        <extracomment>Before a finding: &quot;Needs changing: &quot;, &quot;Worth a look: &quot; or &quot;Tip: &quot;</extracomment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>If something goes wrong (emergency and back-up plan)</source>
        <translation>اگر کچھ غلط ہو جائے (ہنگامی اور متبادل منصوبہ)</translation>
    </message>
    <message>
        <source>There is no back-up plan yet: what happens if my support can&apos;t come, and who to call.</source>
        <translation>ابھی کوئی متبادل منصوبہ نہیں ہے: اگر میری مدد نہ آ سکے تو کیا ہو گا، اور کس کو فون کرنا ہے۔</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come</source>
        <translation>اگر میری مدد نہ آ سکے تو کیا ہو گا</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>کس کو فون کرنا ہے</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>ان کا فون نمبر</translation>
    </message>
    <message>
        <source>If someone is in danger or badly hurt, call 999.</source>
        <translation>اگر کوئی خطرے میں ہو یا بری طرح زخمی ہو تو 999 پر فون کریں۔</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>منظوری</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>ابھی منظور نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>منظور کرنے والا</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>منظوری کی تاریخ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>طے نہیں</translation>
    </message>
    <message>
        <source>A newer version of this plan has replaced it.</source>
        <translation>اس منصوبے کے ایک نئے ورژن نے اس کی جگہ لے لی ہے۔</translation>
    </message>
    <message>
        <source>By signing, we agree this plan.</source>
        <translation>دستخط کر کے ہم اس منصوبے کو منظور کرتے ہیں۔</translation>
    </message>
    <message>
        <source>For the council</source>
        <translation>کونسل کی طرف سے</translation>
    </message>
</context>
<context>
    <name>StatementAmountParser</name>
    <message>
        <source>The amount “%1” can&apos;t be read. %2</source>
        <translation>رقم “%1” پڑھی نہیں جا سکتی۔ %2</translation>
    </message>
    <message>
        <source>There is no amount.</source>
        <translation>کوئی رقم نہیں ہے۔</translation>
    </message>
    <message>
        <source>It has more than one sign, so it isn&apos;t clear whether the money went in or out.</source>
        <translation>اس میں ایک سے زیادہ علامت ہے، اس لیے واضح نہیں کہ رقم آئی یا گئی۔</translation>
    </message>
    <message>
        <source>There is no number in it.</source>
        <translation>اس میں کوئی عدد نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>StatementColumns</name>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>وہ کالم چنیں جس میں تاریخ ہے۔</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount, or the columns for money paid out and money paid in.</source>
        <translation>وہ کالم چنیں جس میں رقم ہے، یا جانے والی اور آنے والی رقم کے کالم۔</translation>
    </message>
    <message>
        <source>This statement has only one column. Choose the columns again.</source>
        <translation>اس اسٹیٹمنٹ میں صرف ایک کالم ہے۔ کالم دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>This statement has only %1 columns. Choose the columns again.</source>
        <translation>اس اسٹیٹمنٹ میں صرف %1 کالم ہیں۔ کالم دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>Column %1 is chosen for two things. Choose a different column for one of them.</source>
        <translation>کالم %1 دو چیزوں کے لیے چنا گیا ہے۔ ان میں سے ایک کے لیے کوئی اور کالم چنیں۔</translation>
    </message>
</context>
<context>
    <name>StatementImporter</name>
    <message>
        <source>There is no file at %1. It may have been moved or renamed.</source>
        <translation>%1 پر کوئی فائل نہیں ہے۔ ہو سکتا ہے اسے منتقل کر دیا گیا ہو یا اس کا نام بدل دیا گیا ہو۔</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the statement file inside it.</source>
        <translation>%1 ایک فولڈر ہے۔ اس کے اندر اسٹیٹمنٹ کی فائل چنیں۔</translation>
    </message>
    <message>
        <source>This file is too large to be a statement (more than 10 MB). Choose the CSV file your bank gave you, or ask for a shorter period.</source>
        <translation>یہ فائل اسٹیٹمنٹ ہونے کے لیے بہت بڑی ہے (10 MB سے زیادہ)۔ وہ CSV فائل چنیں جو آپ کے بینک نے دی ہے، یا کم مدت کی اسٹیٹمنٹ مانگیں۔</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be opened. Check that you are allowed to read it and that it isn&apos;t open in another program, then try again.</source>
        <translation>فائل کھولی نہیں جا سکی۔ دیکھ لیں کہ آپ کو اسے پڑھنے کی اجازت ہے اور یہ کسی اور پروگرام میں کھلی نہیں ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to import. Choose the file your bank gave you.</source>
        <translation>یہ فائل خالی ہے، اس لیے امپورٹ کرنے کو کچھ نہیں ہے۔ وہ فائل چنیں جو آپ کے بینک نے دی ہے۔</translation>
    </message>
    <message>
        <source>This file has only one column, so the date and the amount can&apos;t be told apart. A statement saved as CSV has its columns separated by commas: ask your bank for that kind of file.</source>
        <translation>اس فائل میں صرف ایک کالم ہے، اس لیے تاریخ اور رقم کو الگ نہیں کیا جا سکتا۔ CSV کے طور پر محفوظ اسٹیٹمنٹ کے کالم کوما سے الگ ہوتے ہیں: اپنے بینک سے ایسی فائل مانگیں۔</translation>
    </message>
    <message>
        <source>This row has %1 columns but the first row has %2. There may be a comma inside an amount (like 12,34) or inside words without quote marks, so the row can&apos;t be read safely.</source>
        <translation>اس قطار میں %1 کالم ہیں لیکن پہلی قطار میں %2 ہیں۔ ہو سکتا ہے کسی رقم کے اندر کوما ہو (جیسے 12,34) یا واوین کے بغیر الفاظ کے اندر، اس لیے یہ قطار محفوظ طریقے سے نہیں پڑھی جا سکتی۔</translation>
    </message>
    <message>
        <source>This row has only one column, so part of the payment is missing.</source>
        <translation>اس قطار میں صرف ایک کالم ہے، اس لیے ادائیگی کا کچھ حصہ غائب ہے۔</translation>
    </message>
    <message>
        <source>This row has only %1 columns, so part of the payment is missing.</source>
        <translation>اس قطار میں صرف %1 کالم ہیں، اس لیے ادائیگی کا کچھ حصہ غائب ہے۔</translation>
    </message>
    <message>
        <source>There is no amount in the money out or money in column.</source>
        <translation>جانے والی رقم یا آنے والی رقم کے کالم میں کوئی رقم نہیں ہے۔</translation>
    </message>
    <message>
        <source>There is an amount in both the money out and the money in column, so it isn&apos;t clear which way the money went.</source>
        <translation>جانے والی رقم اور آنے والی رقم دونوں کالموں میں رقم ہے، اس لیے واضح نہیں کہ رقم کس طرف گئی۔</translation>
    </message>
    <message>
        <source>The amount is £0, so there is nothing to record.</source>
        <translation>رقم £0 ہے، اس لیے درج کرنے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <source>This looks the same as row %1 (same date, amount and description), so it is left out. Tick it if it really is a second payment.</source>
        <translation>یہ قطار %1 جیسی لگتی ہے (وہی تاریخ، رقم اور تفصیل)، اس لیے اسے چھوڑ دیا گیا ہے۔ اگر یہ واقعی دوسری ادائیگی ہے تو اس پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>A payment with the same date, amount and description is already recorded, so this is left out. Tick it if it really is another payment.</source>
        <translation>اسی تاریخ، رقم اور تفصیل والی ادائیگی پہلے سے درج ہے، اس لیے اسے چھوڑ دیا گیا ہے۔ اگر یہ واقعی ایک اور ادائیگی ہے تو اس پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>StatementTextDecoder</name>
    <message>
        <source>This file isn&apos;t a CSV statement: it looks like another kind of file, such as a PDF or a spreadsheet. Ask your bank&apos;s website for the statement as a CSV file (sometimes called &quot;comma-separated&quot; or &quot;for spreadsheets&quot;) and choose that file.</source>
        <translation>یہ فائل CSV اسٹیٹمنٹ نہیں ہے: یہ کسی اور قسم کی فائل لگتی ہے، جیسے PDF یا اسپریڈشیٹ۔ اپنے بینک کی ویب سائٹ سے اسٹیٹمنٹ CSV فائل کے طور پر مانگیں (کبھی اسے &quot;comma-separated&quot; یا &quot;for spreadsheets&quot; کہا جاتا ہے) اور وہ فائل چنیں۔</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8، byte order mark کے ساتھ</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>There isn&apos;t enough free space on the disk to save this, so nothing was changed. Free some space (for example, empty the wastebasket) and try again.</source>
        <translation>اسے محفوظ کرنے کے لیے ڈسک پر کافی خالی جگہ نہیں ہے، اس لیے کچھ بھی تبدیل نہیں ہوا۔ کچھ جگہ خالی کریں (مثلاً ردی کی ٹوکری خالی کریں) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This database can be read but not changed, so nothing was saved. Check that the file and its folder are not read-only, or ask whoever looks after this computer.</source>
        <translation>یہ ڈیٹابیس پڑھا جا سکتا ہے لیکن بدلا نہیں جا سکتا، اس لیے کچھ بھی محفوظ نہیں ہوا۔ دیکھ لیں کہ فائل اور اس کا فولڈر صرف پڑھنے کے لیے نہیں ہیں، یا جو شخص اس کمپیوٹر کی دیکھ بھال کرتا ہے، اس سے پوچھیں۔</translation>
    </message>
    <message>
        <source>The database file, or the small working files kept beside it, couldn&apos;t be opened, so nothing was changed. Check that the folder exists and that you are allowed to change it, then try again.</source>
        <translation>ڈیٹابیس فائل، یا اس کے ساتھ رکھی چھوٹی عارضی فائلیں، کھولی نہیں جا سکیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔ دیکھ لیں کہ فولڈر موجود ہے اور آپ کو اس میں تبدیلی کی اجازت ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Personal Budget Planner database, so it wasn&apos;t used. Choose the database file instead.</source>
        <translation>یہ فائل Personal Budget Planner کا ڈیٹابیس نہیں ہے، اس لیے اسے استعمال نہیں کیا گیا۔ اس کے بجائے ڈیٹابیس فائل چنیں۔</translation>
    </message>
    <message>
        <source>The database file is damaged, so this couldn&apos;t be done and nothing was changed. Use a backup copy if you have one, and keep the damaged file for whoever helps you with it.</source>
        <translation>ڈیٹابیس فائل خراب ہے، اس لیے یہ کام نہیں ہو سکا اور کچھ بھی تبدیل نہیں ہوا۔ اگر آپ کے پاس بیک اپ کاپی ہے تو وہ استعمال کریں، اور خراب فائل اس شخص کے لیے رکھ لیں جو اس میں آپ کی مدد کرے۔</translation>
    </message>
    <message>
        <source>Another program is using the database right now, so nothing was changed. Close any other copy of Personal Budget Planner and try again.</source>
        <translation>اس وقت کوئی اور پروگرام ڈیٹابیس استعمال کر رہا ہے، اس لیے کچھ بھی تبدیل نہیں ہوا۔ Personal Budget Planner کی کوئی اور کھلی کاپی بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This change clashes with what is already saved, so nothing was changed. This is a fault in the program: please report it with the details below.</source>
        <translation>یہ تبدیلی پہلے سے محفوظ چیزوں سے ٹکراتی ہے، اس لیے کچھ بھی تبدیل نہیں ہوا۔ یہ پروگرام کی خرابی ہے: براہ کرم نیچے دی گئی تفصیلات کے ساتھ اس کی اطلاع دیں۔</translation>
    </message>
    <message>
        <source>The database couldn&apos;t do this, so nothing was changed. Try again; if it keeps happening, please report it with the details below.</source>
        <translation>ڈیٹابیس یہ کام نہیں کر سکا، اس لیے کچھ بھی تبدیل نہیں ہوا۔ دوبارہ کوشش کریں؛ اگر ایسا بار بار ہو تو براہ کرم نیچے دی گئی تفصیلات کے ساتھ اس کی اطلاع دیں۔</translation>
    </message>
    <message>
        <source>Part of this plan can&apos;t be read: the database holds a value this version of the program doesn&apos;t know. The file may have been changed by another program or be damaged. Use a backup copy if you have one.</source>
        <translation>اس منصوبے کا کچھ حصہ پڑھا نہیں جا سکتا: ڈیٹابیس میں ایک ایسی قدر ہے جسے پروگرام کا یہ ورژن نہیں جانتا۔ ہو سکتا ہے فائل کسی اور پروگرام نے بدلی ہو یا خراب ہو۔ اگر آپ کے پاس بیک اپ کاپی ہے تو وہ استعمال کریں۔</translation>
    </message>
    <message>
        <source>This person is no longer in the database, so nothing was changed. Go back to the caseload and open them again.</source>
        <translation>یہ شخص اب ڈیٹابیس میں نہیں ہے، اس لیے کچھ بھی تبدیل نہیں ہوا۔ کیس لوڈ پر واپس جائیں اور انہیں دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>This plan is no longer in the database, so nothing was changed. Go back to the caseload and open it again.</source>
        <translation>یہ منصوبہ اب ڈیٹابیس میں نہیں ہے، اس لیے کچھ بھی تبدیل نہیں ہوا۔ کیس لوڈ پر واپس جائیں اور اسے دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>This couldn&apos;t be saved because of a fault in the program, so nothing was changed. Please report it with the details below.</source>
        <translation>پروگرام کی ایک خرابی کی وجہ سے یہ محفوظ نہیں ہو سکا، اس لیے کچھ بھی تبدیل نہیں ہوا۔ براہ کرم نیچے دی گئی تفصیلات کے ساتھ اس کی اطلاع دیں۔</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Plan for %1, version %2 (%3)</source>
        <translation>%1 کا منصوبہ، ورژن %2 (%3)</translation>
    </message>
    <message>
        <source>Budget:    %1</source>
        <translation>بجٹ:       %1</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <source>Planned:   %1</source>
        <translation>منصوبے میں: %1</translation>
    </message>
    <message>
        <source>Over:      %1 more than the budget</source>
        <translation>زیادہ:      بجٹ سے %1 زیادہ</translation>
    </message>
    <message>
        <source>Left over: %1</source>
        <translation>بچی ہوئی رقم: %1</translation>
    </message>
    <message>
        <source>How the money is managed:</source>
        <translation>رقم کا انتظام کیسے ہوتا ہے:</translation>
    </message>
    <message>
        <source>What the money is for:</source>
        <translation>رقم کس لیے ہے:</translation>
    </message>
    <message>
        <source>(not linked to an outcome)</source>
        <translation>(کسی نتیجے سے منسلک نہیں)</translation>
    </message>
    <message>
        <source>Personal assistants costed with rates as of %1.</source>
        <translation>ذاتی معاونین کی لاگت %1 کی شرحوں کے مطابق نکالی گئی۔</translation>
    </message>
    <message>
        <source>Show a plan&apos;s budget, planned cost and what is left over.</source>
        <translation>منصوبے کا بجٹ، منصوبہ بند لاگت اور بچی ہوئی رقم دکھائیں۔</translation>
    </message>
</context>
<context>
    <name>SupportItemSummary</name>
    <message>
        <source>Not named yet</source>
        <translation>ابھی نام نہیں دیا گیا</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>بلا معاوضہ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ادائیگی کا ذریعہ</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>کس میں مدد کرتا ہے</translation>
    </message>
    <message>
        <source>Cost a week</source>
        <translation>ہفتہ وار لاگت</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>سالانہ لاگت</translation>
    </message>
    <message>
        <source>Not linked to an outcome yet</source>
        <translation>ابھی کسی نتیجے سے منسلک نہیں</translation>
    </message>
</context>
<context>
    <name>SupportItemsCsv</name>
    <message>
        <source>%1 (£)</source>
        <extracomment>A CSV column heading: %1 is &quot;Cost a week&quot; or &quot;Cost a year&quot;; the amounts have no £ sign</extracomment>
        <translation>%1 (£)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
</context>
<context>
    <name>TextDocumentComposer</name>
    <message>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>UkDateParser</name>
    <message>
        <source>There is no date.</source>
        <translation>کوئی تاریخ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The date “%1” can&apos;t be read. Dates should look like 31/01/2027, 31 Jan 2027 or 2027-01-31.</source>
        <translation>تاریخ “%1” پڑھی نہیں جا سکتی۔ تاریخیں اس طرح ہونی چاہییں: 31/01/2027، 31 Jan 2027 یا 2027-01-31۔</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>Open this caseload file.</source>
        <translation>یہ کیس لوڈ فائل کھولیں۔</translation>
    </message>
    <message>
        <source>Open a throwaway copy of the demo caseload (nothing of yours is touched).</source>
        <translation>ڈیمو کیس لوڈ کی ایک عارضی کاپی کھولیں (آپ کی کسی چیز کو ہاتھ نہیں لگایا جاتا)۔</translation>
    </message>
    <message>
        <source>Show the program in this language (en, cy, pl or ur).</source>
        <translation>پروگرام اس زبان میں دکھائیں (en، cy، pl یا ur)۔</translation>
    </message>
    <message>
        <source>Show the commands and exit.</source>
        <translation>کمانڈز دکھائیں اور پروگرام بند کریں۔</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>ورژن دکھائیں اور پروگرام بند کریں۔</translation>
    </message>
    <message>
        <source>A plan file to import into the caseload and open.</source>
        <translation>کیس لوڈ میں امپورٹ کرنے اور کھولنے کے لیے منصوبے کی فائل۔</translation>
    </message>
    <message>
        <source>Hint: run &quot;pbplanner --help&quot; to see how to start it.</source>
        <translation>مشورہ: اسے شروع کرنے کا طریقہ دیکھنے کے لیے &quot;pbplanner --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>give one plan file to open, not %1.</source>
        <translation>کھولنے کے لیے منصوبے کی صرف ایک فائل دیں، %1 نہیں۔</translation>
    </message>
    <message>
        <source>there is no translation into &quot;%1&quot;. Choose en, cy, pl or ur.</source>
        <translation>&quot;%1&quot; میں کوئی ترجمہ نہیں ہے۔ en، cy، pl یا ur چنیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::AboutDialog</name>
    <message>
        <source>No cost-rate table is included.</source>
        <translation>لاگت کی کوئی ریٹ ٹیبل شامل نہیں ہے۔</translation>
    </message>
    <message>
        <source>Rates as of %1, for %2 to %3.</source>
        <translation>%1 کے مطابق شرحیں، %2 سے %3 تک کے لیے۔</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source> (a typical figure, not a quote)</source>
        <extracomment>after a source of a figure that is typical rather than the law</extracomment>
        <translation> (ایک عام اندازہ، قیمت کی پیشکش نہیں)</translation>
    </message>
    <message>
        <source>An example, not any council&apos;s real figures.</source>
        <translation>ایک مثال، کسی کونسل کے اصل اعداد نہیں۔</translation>
    </message>
    <message>
        <source>From: %1. Figures as of %2.</source>
        <translation>کس کی طرف سے: %1۔ %2 کے اعداد۔</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ماخذ: %1</translation>
    </message>
    <message>
        <source>About Personal Budget Planner</source>
        <translation>Personal Budget Planner کے بارے میں</translation>
    </message>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>About Personal Budget Planner: version, licence and sources</source>
        <translation>Personal Budget Planner کے بارے میں: ورژن، لائسنس اور ماخذ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>ورژن %1</translation>
    </message>
    <message>
        <source>Plan how to use a personal budget for care and support: know the budget, say what matters, choose how the money is managed, cost the support, check and agree the plan, and review it later.</source>
        <translation>دیکھ بھال اور مدد کے لیے ذاتی بجٹ کے استعمال کا منصوبہ بنائیں: بجٹ جانیں، بتائیں کہ کیا اہم ہے، چنیں کہ رقم کا انتظام کیسے ہو، مدد کی لاگت نکالیں، منصوبہ چیک اور منظور کریں، اور بعد میں اس کا جائزہ لیں۔</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). You may use, study, share and change it; see the licence for the details.</source>
        <translation>GNU General Public License، ورژن 3 یا اس کے بعد کے ورژن (GPL-3.0-or-later) کے تحت آزاد (free) سافٹ ویئر۔ آپ اسے استعمال کر سکتے ہیں، اسے پڑھ کر سمجھ سکتے ہیں، دوسروں کو دے سکتے ہیں اور بدل سکتے ہیں؛ تفصیلات کے لیے لائسنس دیکھیں۔</translation>
    </message>
    <message>
        <source>Costs of employing a personal assistant</source>
        <translation>ذاتی معاون کو ملازم رکھنے کی لاگت</translation>
    </message>
    <message>
        <source>The costing uses the rate table whose dates cover the plan.</source>
        <translation>لاگت اس ریٹ ٹیبل سے نکالی جاتی ہے جس کی تاریخوں میں منصوبہ آتا ہے۔</translation>
    </message>
    <message>
        <source>Example budget questionnaires (RAS schemes)</source>
        <translation>بجٹ کے مثالی سوالنامے (RAS اسکیمیں)</translation>
    </message>
</context>
<context>
    <name>pb::ui::AboutMeStep</name>
    <message>
        <source>About me</source>
        <translation>میرے بارے میں</translation>
    </message>
    <message>
        <source>Tell us who this plan is for and how to get in touch. You can change this at any time.</source>
        <translation>ہمیں بتائیں کہ یہ منصوبہ کس کے لیے ہے اور رابطہ کیسے کریں۔ آپ اسے کسی بھی وقت بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>میں</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>میرا نام</translation>
    </message>
    <message>
        <source>The name you like to be called</source>
        <translation>وہ نام جس سے آپ پکارا جانا پسند کرتے ہیں</translation>
    </message>
    <message>
        <source>Who helps me with this plan</source>
        <translation>اس منصوبے میں میری مدد کون کرتا ہے</translation>
    </message>
    <message>
        <source>For example a family member, a friend or a support planner</source>
        <translation>مثلاً خاندان کا کوئی فرد، کوئی دوست یا مدد کا منصوبہ بنانے والا</translation>
    </message>
    <message>
        <source>The language I prefer</source>
        <translation>میری پسندیدہ زبان</translation>
    </message>
    <message>
        <source>For example English, Cymraeg, Polski or اردو</source>
        <translation>مثلاً English، Cymraeg، Polski یا اردو</translation>
    </message>
    <message>
        <source>How to get in touch</source>
        <translation>رابطہ کیسے کریں</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <source>Reading my plan</source>
        <translation>میرا منصوبہ پڑھنا</translation>
    </message>
    <message>
        <source>I would like my plan in easy-read, with large text and pictures</source>
        <translation>میں اپنا منصوبہ آسان پڑھائی میں چاہتا/چاہتی ہوں، بڑے حروف اور تصویروں کے ساتھ</translation>
    </message>
    <message>
        <source>I would like easy-read</source>
        <translation>میں آسان پڑھائی چاہتا/چاہتی ہوں</translation>
    </message>
    <message>
        <source>change your details</source>
        <translation>اپنی تفصیلات بدلنا</translation>
    </message>
</context>
<context>
    <name>pb::ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>کسی شخص کو شامل کریں</translation>
    </message>
    <message>
        <source>Who is this plan for?</source>
        <translation>یہ منصوبہ کس کے لیے ہے؟</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>ان کا &amp;نام</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>ان کا نام</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>اس شخص کو شامل کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name</source>
        <translation>شخص کا نام لکھیں</translation>
    </message>
</context>
<context>
    <name>pb::ui::AgreeDialog</name>
    <message>
        <source>Agree this plan</source>
        <translation>یہ منصوبہ منظور کریں</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>Agree this plan?</source>
        <translation>یہ منصوبہ منظور کریں؟</translation>
    </message>
    <message>
        <source>Needs changing</source>
        <translation>تبدیلی ضروری ہے</translation>
    </message>
    <message>
        <source>Something in your plan needs changing:</source>
        <translation>آپ کے منصوبے میں ایک چیز بدلنا ضروری ہے:</translation>
    </message>
    <message>
        <source>Some things in your plan need changing:</source>
        <translation>آپ کے منصوبے میں کچھ چیزیں بدلنا ضروری ہیں:</translation>
    </message>
    <message>
        <source>You can still agree it, because the council makes the final decision. Or you can go back and change them first.</source>
        <translation>آپ پھر بھی اسے منظور کر سکتے ہیں، کیونکہ آخری فیصلہ کونسل کرتی ہے۔ یا آپ واپس جا کر پہلے انہیں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This version will be kept exactly as it is. To change it later you make a new version.</source>
        <translation>یہ ورژن بالکل ایسے ہی رکھا جائے گا۔ بعد میں اسے بدلنے کے لیے آپ ایک نیا ورژن بنائیں گے۔</translation>
    </message>
    <message>
        <source>Agreed by: %1</source>
        <translation>منظور کرنے والا: %1</translation>
    </message>
    <message>
        <source>First review: %1</source>
        <translation>پہلا جائزہ: %1</translation>
    </message>
    <message>
        <source>Not yet: go back without agreeing</source>
        <translation>ابھی نہیں: منظور کیے بغیر واپس جائیں</translation>
    </message>
    <message>
        <source>Go back and change them</source>
        <translation>واپس جائیں اور انہیں بدلیں</translation>
    </message>
    <message>
        <source>Go back and change what needs changing</source>
        <translation>واپس جائیں اور جو بدلنا ضروری ہے اسے بدلیں</translation>
    </message>
</context>
<context>
    <name>pb::ui::AgreeStep</name>
    <message>
        <source>Agree my plan</source>
        <translation>میرا منصوبہ منظور کریں</translation>
    </message>
    <message>
        <source>When everyone is happy with the plan, agree it. The agreed plan is kept as it is; you can make a new version later.</source>
        <translation>جب سب لوگ منصوبے سے مطمئن ہوں تو اسے منظور کریں۔ منظور شدہ منصوبہ جیسا ہے ویسا رکھا جاتا ہے؛ آپ بعد میں نیا ورژن بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Agree this plan</source>
        <translation>یہ منصوبہ منظور کریں</translation>
    </message>
    <message>
        <source>Agreeing the plan</source>
        <translation>منصوبے کی منظوری</translation>
    </message>
    <message>
        <source>Who is agreeing the plan</source>
        <translation>منصوبہ کون منظور کر رہا ہے</translation>
    </message>
    <message>
        <source>Names, and their role if it helps. For example: Aisha Khan and Kim Lee (social worker)</source>
        <translation>نام، اور اگر مددگار ہو تو ان کا عہدہ۔ مثلاً: Aisha Khan اور Kim Lee (سوشل ورکر)</translation>
    </message>
    <message>
        <source>Date of the first review</source>
        <translation>پہلے جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>We suggest three months after the plan is agreed, to see how it is going. After that, your plan is looked at again once a year.</source>
        <translation>ہم تجویز کرتے ہیں کہ منصوبہ منظور ہونے کے تین مہینے بعد دیکھا جائے کہ یہ کیسا چل رہا ہے۔ اس کے بعد آپ کے منصوبے کو سال میں ایک بار دوبارہ دیکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>This plan is agreed</source>
        <translation>یہ منصوبہ منظور ہو گیا ہے</translation>
    </message>
    <message>
        <source>Versions of this plan</source>
        <translation>اس منصوبے کے ورژن</translation>
    </message>
    <message>
        <source>Each agreed version is kept exactly as it was agreed. The newest is at the top.</source>
        <translation>ہر منظور شدہ ورژن بالکل ویسا ہی رکھا جاتا ہے جیسا منظور ہوا تھا۔ سب سے نیا سب سے اوپر ہے۔</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>منظور کریں</translation>
    </message>
    <message>
        <source>Your first review will be on %1.</source>
        <translation>آپ کا پہلا جائزہ %1 کو ہو گا۔</translation>
    </message>
    <message>
        <source>Agreed on %1 by %2.</source>
        <extracomment>%1 a date, %2 who agreed: &quot;Agreed on 3 March 2027 by Aisha Khan and Kim Lee&quot;</extracomment>
        <translation>%1 کو %2 نے منظور کیا۔</translation>
    </message>
    <message>
        <source>Next review: %1.</source>
        <translation>اگلا جائزہ: %1۔</translation>
    </message>
    <message>
        <source>A newer version of this plan has replaced it.</source>
        <translation>اس منصوبے کے ایک نئے ورژن نے اس کی جگہ لے لی ہے۔</translation>
    </message>
    <message>
        <source>This version is kept exactly as it is. To change the plan, choose “Make a new version” at the top of the page.</source>
        <translation>یہ ورژن بالکل ایسے ہی رکھا جاتا ہے۔ منصوبہ بدلنے کے لیے صفحے کے اوپر “نیا ورژن بنائیں” چنیں۔</translation>
    </message>
    <message>
        <source>Something in your plan is marked “Needs changing” under “Check my plan”. You can still agree it: the council makes the final decision.</source>
        <translation>آپ کے منصوبے میں ایک چیز پر “میرا منصوبہ چیک کریں” میں “تبدیلی ضروری ہے” کا نشان ہے۔ آپ پھر بھی اسے منظور کر سکتے ہیں: آخری فیصلہ کونسل کرتی ہے۔</translation>
    </message>
    <message>
        <source>Some things in your plan are marked “Needs changing” under “Check my plan”. You can still agree the plan: the council makes the final decision.</source>
        <translation>آپ کے منصوبے میں کچھ چیزوں پر “میرا منصوبہ چیک کریں” میں “تبدیلی ضروری ہے” کا نشان ہے۔ آپ پھر بھی منصوبہ منظور کر سکتے ہیں: آخری فیصلہ کونسل کرتی ہے۔</translation>
    </message>
    <message>
        <source>Enter who is agreeing the plan, for example “Aisha Khan and Kim Lee (social worker)”.</source>
        <translation>لکھیں کہ منصوبہ کون منظور کر رہا ہے، مثلاً “Aisha Khan اور Kim Lee (سوشل ورکر)”۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::BudgetDatesPanel</name>
    <message>
        <source>When your budget starts</source>
        <translation>آپ کا بجٹ کب شروع ہوتا ہے</translation>
    </message>
    <message>
        <source>Usually the date on the council&apos;s letter.</source>
        <translation>عام طور پر کونسل کے خط پر لکھی تاریخ۔</translation>
    </message>
    <message>
        <source>When it ends</source>
        <translation>یہ کب ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>طے نہیں</translation>
    </message>
    <message>
        <source>Usually a year after it starts, when the council looks at your plan again.</source>
        <translation>عام طور پر شروع ہونے کے ایک سال بعد، جب کونسل آپ کا منصوبہ دوبارہ دیکھتی ہے۔</translation>
    </message>
    <message>
        <source>change when your budget starts</source>
        <translation>بجٹ شروع ہونے کی تاریخ بدلنا</translation>
    </message>
    <message>
        <source>Your budget can&apos;t end before it starts (%1). Choose a later date.</source>
        <translation>آپ کا بجٹ شروع ہونے (%1) سے پہلے ختم نہیں ہو سکتا۔ بعد کی تاریخ چنیں۔</translation>
    </message>
    <message>
        <source>change when your budget ends</source>
        <translation>بجٹ ختم ہونے کی تاریخ بدلنا</translation>
    </message>
</context>
<context>
    <name>pb::ui::BudgetStep</name>
    <message>
        <source>My budget</source>
        <translation>میرا بجٹ</translation>
    </message>
    <message>
        <source>Type in the amount the council gave you, or work it out by answering the council&apos;s questions.</source>
        <translation>کونسل کی دی ہوئی رقم لکھیں، یا کونسل کے سوالات کے جواب دے کر اسے نکالیں۔</translation>
    </message>
    <message>
        <source>How do you want to set your budget?</source>
        <translation>آپ اپنا بجٹ کیسے طے کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Your amount</source>
        <translation>آپ کی رقم</translation>
    </message>
    <message>
        <source>When the council agrees your budget</source>
        <translation>جب کونسل آپ کا بجٹ منظور کرے</translation>
    </message>
    <message>
        <source>The amount worked out here is a first estimate (the indicative budget). The council may agree a different amount with your plan: type it here when you know it.</source>
        <translation>یہاں نکالی گئی رقم پہلا اندازہ ہے (اندازاً بجٹ)۔ کونسل آپ کے منصوبے کے ساتھ کوئی مختلف رقم منظور کر سکتی ہے: جب آپ کو معلوم ہو تو اسے یہاں لکھیں۔</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>The amount the council agreed</source>
        <translation>کونسل کی منظور کردہ رقم</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>ابھی منظور نہیں ہوا</translation>
    </message>
    <message>
        <source>change the amount the council agreed</source>
        <translation>کونسل کی منظور کردہ رقم بدلنا</translation>
    </message>
    <message>
        <source>When your budget runs</source>
        <translation>آپ کا بجٹ کب تک چلتا ہے</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>رقم کہاں سے آتی ہے</translation>
    </message>
    <message>
        <source>I know my amount (the council gave me a figure)</source>
        <translation>مجھے اپنی رقم معلوم ہے (کونسل نے مجھے رقم بتائی ہے)</translation>
    </message>
    <message>
        <source>Work it out by answering the council&apos;s questions</source>
        <translation>کونسل کے سوالات کے جواب دے کر اسے نکالیں</translation>
    </message>
    <message>
        <source>choose how to set your budget</source>
        <translation>بجٹ طے کرنے کا طریقہ چننا</translation>
    </message>
    <message>
        <source>The amount the council agreed, %1</source>
        <translation>کونسل کی منظور کردہ رقم، %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::CaseloadModel</name>
    <message>
        <source>No plan yet</source>
        <translation>ابھی کوئی منصوبہ نہیں</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>آرکائیو میں</translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>جائزہ آج ہونا ہے</translation>
    </message>
    <message>
        <source>Review due (%1 weeks late)</source>
        <translation>جائزہ باقی ہے (%1 ہفتے دیر)</translation>
    </message>
    <message>
        <source>Review due (1 day late)</source>
        <translation>جائزہ باقی ہے (1 دن دیر)</translation>
    </message>
    <message>
        <source>Review due (%1 days late)</source>
        <translation>جائزہ باقی ہے (%1 دن دیر)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>طے نہیں</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 زیادہ</translation>
    </message>
    <message>
        <source>The review date was %1.</source>
        <translation>جائزے کی تاریخ %1 تھی۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>منصوبہ</translation>
    </message>
    <message>
        <source>Budget a year</source>
        <translation>سالانہ بجٹ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بجٹ</translation>
    </message>
    <message>
        <source>Planned a year</source>
        <translation>سالانہ منصوبہ بند</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <source>Left over a year</source>
        <translation>سالانہ بچی ہوئی رقم</translation>
    </message>
    <message>
        <source>Left over</source>
        <translation>بچی ہوئی رقم</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>اگلا جائزہ</translation>
    </message>
</context>
<context>
    <name>pb::ui::CaseloadPage</name>
    <message>
        <source>Show archived people</source>
        <translation>آرکائیو میں موجود لوگ دکھائیں</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>کسی شخص کو شامل کریں</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>نیا ورژن شروع کریں</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>آرکائیو کریں</translation>
    </message>
    <message>
        <source>People and their plans</source>
        <translation>لوگ اور ان کے منصوبے</translation>
    </message>
    <message>
        <source>Open a plan to work on it, or add a person to start a new plan. Amounts are for a whole year.</source>
        <translation>کسی منصوبے پر کام کرنے کے لیے اسے کھولیں، یا نیا منصوبہ شروع کرنے کے لیے کسی شخص کو شامل کریں۔ رقمیں پورے سال کی ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>نام سے &amp;تلاش کریں</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>نام کا کچھ حصہ لکھیں</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>نام سے تلاش کریں</translation>
    </message>
    <message>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s plan</source>
        <translation>چنے گئے شخص کا منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>Start a new version of the selected agreed plan</source>
        <translation>چنے گئے منظور شدہ منصوبے کا نیا ورژن شروع کریں</translation>
    </message>
    <message>
        <source>Copies the agreed plan into a new draft you can change</source>
        <translation>منظور شدہ منصوبے کو ایک نئے مسودے میں کاپی کرتا ہے جسے آپ بدل سکتے ہیں</translation>
    </message>
    <message>
        <source>Archive or bring back the selected person</source>
        <translation>چنے گئے شخص کو آرکائیو کریں یا واپس لائیں</translation>
    </message>
    <message>
        <source>Only people whose review is due</source>
        <translation>صرف وہ لوگ جن کا جائزہ باقی ہے</translation>
    </message>
    <message>
        <source>Review their plan</source>
        <translation>ان کے منصوبے کا جائزہ لیں</translation>
    </message>
    <message>
        <source>Review the selected person&apos;s agreed plan</source>
        <translation>چنے گئے شخص کے منظور شدہ منصوبے کا جائزہ لیں</translation>
    </message>
    <message>
        <source>Look back at the agreed plan: how things have gone, what is working and what is not</source>
        <translation>منظور شدہ منصوبے پر پیچھے نظر ڈالیں: حالات کیسے رہے، کیا ٹھیک چل رہا ہے اور کیا نہیں</translation>
    </message>
    <message>
        <source>Checking the results</source>
        <translation>نتائج کی جانچ</translation>
    </message>
    <message>
        <source>Checking the results: reviews across everyone</source>
        <translation>نتائج کی جانچ: سب لوگوں کے جائزے</translation>
    </message>
    <message>
        <source>How people&apos;s lives have changed, from their reviews (Ctrl+R)</source>
        <translation>لوگوں کی زندگیاں کیسے بدلیں، ان کے جائزوں سے (Ctrl+R)</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>واپس لائیں</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 لوگ</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people</source>
        <translation>%2 میں سے %1 لوگ دکھائے جا رہے ہیں</translation>
    </message>
</context>
<context>
    <name>pb::ui::CheckStep</name>
    <message>
        <source>Check my plan</source>
        <translation>میرا منصوبہ چیک کریں</translation>
    </message>
    <message>
        <source>Look through your plan before you agree it. Choose a point to go straight to it.</source>
        <translation>منظور کرنے سے پہلے اپنے منصوبے پر نظر ڈالیں۔ کسی نکتے پر سیدھا جانے کے لیے اسے چنیں۔</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>دیکھنے کی چیزیں</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>میرے بارے میں</translation>
    </message>
    <message>
        <source>My budget</source>
        <translation>میرا بجٹ</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>میری رقم کا انتظام کیسے ہوتا ہے</translation>
    </message>
    <message>
        <source>My support</source>
        <translation>میری مدد</translation>
    </message>
    <message>
        <source>If my support can&apos;t come (back-up plan)</source>
        <translation>اگر میری مدد نہ آ سکے (متبادل منصوبہ)</translation>
    </message>
    <message>
        <source>Your plan has no problems we can see.</source>
        <translation>ہمیں آپ کے منصوبے میں کوئی مسئلہ نظر نہیں آتا۔</translation>
    </message>
    <message>
        <source>Here is what we noticed. Those marked “Needs changing” come first: the council may not agree the plan as it is. Choose one to go straight to it.</source>
        <translation>ہم نے یہ چیزیں دیکھیں۔ جن پر “تبدیلی ضروری ہے” کا نشان ہے وہ پہلے ہیں: ہو سکتا ہے کونسل منصوبے کو اس حالت میں منظور نہ کرے۔ کسی پر سیدھا جانے کے لیے اسے چنیں۔</translation>
    </message>
    <message>
        <source>Here is what we noticed. Choose one to go straight to it.</source>
        <translation>ہم نے یہ چیزیں دیکھیں۔ کسی پر سیدھا جانے کے لیے اسے چنیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::DirectPaymentReturnDialog</name>
    <message>
        <source>Direct payment return</source>
        <translation>براہ راست ادائیگی کا گوشوارہ</translation>
    </message>
    <message>
        <source>The account of the money for a period, as councils ask for it: the money in the account at the start, the money paid in, the money paid out by kind of support, and the money at the end.</source>
        <translation>ایک مدت کی رقم کا حساب، جیسا کونسلیں مانگتی ہیں: شروع میں اکاؤنٹ میں رقم، جمع کرائی گئی رقم، مدد کی قسم کے لحاظ سے ادا کی گئی رقم، اور آخر میں رقم۔</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;سے</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>مدت کا پہلا دن</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;تک</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>مدت کا آخری دن</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose the dates again.</source>
        <translation>آخری دن پہلے دن سے پہلے ہے۔ تاریخیں دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>Money in the account on %1: %2</source>
        <translation>%1 کو اکاؤنٹ میں رقم: %2</translation>
    </message>
    <message>
        <source>Money paid in: %1</source>
        <translation>جمع کرائی گئی رقم: %1</translation>
    </message>
    <message>
        <source>Money paid out: %1</source>
        <translation>ادا کی گئی رقم: %1</translation>
    </message>
    <message>
        <source>1 payment in this period.</source>
        <translation>اس مدت میں 1 ادائیگی۔</translation>
    </message>
    <message>
        <source>%1 payments in this period.</source>
        <translation>اس مدت میں %1 ادائیگیاں۔</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 کے طور پر محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Save the return as PDF</source>
        <translation>گوشوارہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the return as a spreadsheet</source>
        <translation>گوشوارہ اسپریڈشیٹ کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV) (*.csv)</source>
        <translation>اسپریڈشیٹس (CSV) (*.csv)</translation>
    </message>
</context>
<context>
    <name>pb::ui::EnteredAmountPanel</name>
    <message>
        <source>How much is your budget?</source>
        <translation>آپ کا بجٹ کتنا ہے؟</translation>
    </message>
    <message>
        <source>The figure in pounds from the council&apos;s letter, like 12000 or 230.50.</source>
        <translation>کونسل کے خط میں لکھی رقم پاؤنڈ میں، جیسے 12000 یا 230.50۔</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>in pounds</source>
        <translation>پاؤنڈ میں</translation>
    </message>
    <message>
        <source>Your budget</source>
        <translation>آپ کا بجٹ</translation>
    </message>
    <message>
        <source>Is that for a week, four weeks, a month or a year?</source>
        <translation>کیا یہ ایک ہفتے، چار ہفتوں، ایک مہینے یا ایک سال کے لیے ہے؟</translation>
    </message>
    <message>
        <source>How often you get this amount</source>
        <translation>آپ کو یہ رقم کتنی بار ملتی ہے</translation>
    </message>
    <message>
        <source>Has the council agreed this amount?</source>
        <translation>کیا کونسل نے یہ رقم منظور کر دی ہے؟</translation>
    </message>
    <message>
        <source>The council first works out an estimate of your budget. It agrees the final amount with you when it agrees your plan.</source>
        <translation>کونسل پہلے آپ کے بجٹ کا اندازہ لگاتی ہے۔ آپ کا منصوبہ منظور کرتے وقت وہ آپ کے ساتھ آخری رقم طے کرتی ہے۔</translation>
    </message>
    <message>
        <source>Not yet: this is the council&apos;s first estimate (the indicative budget)</source>
        <translation>ابھی نہیں: یہ کونسل کا پہلا اندازہ ہے (اندازاً بجٹ)</translation>
    </message>
    <message>
        <source>Yes: the council has agreed this amount (the agreed budget)</source>
        <translation>جی ہاں: کونسل نے یہ رقم منظور کر دی ہے (منظور شدہ بجٹ)</translation>
    </message>
    <message>
        <source>change your budget</source>
        <translation>اپنا بجٹ بدلنا</translation>
    </message>
    <message>
        <source>say whether the council agreed your budget</source>
        <translation>بتانا کہ کونسل نے آپ کا بجٹ منظور کیا یا نہیں</translation>
    </message>
    <message>
        <source>change how often you get your budget</source>
        <translation>یہ بدلنا کہ بجٹ کتنی بار ملتا ہے</translation>
    </message>
    <message>
        <source>The council&apos;s first estimate (the indicative budget) was %1.</source>
        <translation>کونسل کا پہلا اندازہ (اندازاً بجٹ) %1 تھا۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::FindingButton</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;Needs changing&quot;, &quot;Worth a look&quot; or &quot;Tip&quot;; %2 the advice</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens the part of your plan this is about</source>
        <translation>آپ کے منصوبے کا وہ حصہ کھولتا ہے جس کے بارے میں یہ ہے</translation>
    </message>
    <message>
        <source>Go to this part of your plan</source>
        <translation>اپنے منصوبے کے اس حصے پر جائیں</translation>
    </message>
</context>
<context>
    <name>pb::ui::FundingStreamModel</name>
    <message>
        <source>Where it comes from</source>
        <translation>کہاں سے آتی ہے</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <extracomment>The period phrase: &quot;a week&quot;, &quot;a year&quot;…</extracomment>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
</context>
<context>
    <name>pb::ui::FundingStreamsPanel</name>
    <message>
        <source>Add a funding stream</source>
        <translation>رقم کا ذریعہ شامل کریں</translation>
    </message>
    <message>
        <source>Remove this funding stream</source>
        <translation>رقم کا یہ ذریعہ ہٹائیں</translation>
    </message>
    <message>
        <source>The funding stream you chose</source>
        <translation>آپ کا چنا ہوا رقم کا ذریعہ</translation>
    </message>
    <message>
        <source>Most budgets come only from the council. If part of yours comes from somewhere else (the NHS, a grant, or your own contribution), add each part here, in the same period as your budget.</source>
        <translation>زیادہ تر بجٹ صرف کونسل سے آتے ہیں۔ اگر آپ کے بجٹ کا کچھ حصہ کہیں اور سے آتا ہے (NHS، کوئی گرانٹ، یا آپ کا اپنا حصہ)، تو ہر حصہ یہاں شامل کریں، اسی مدت میں جس میں آپ کا بجٹ ہے۔</translation>
    </message>
    <message>
        <source>Funding streams</source>
        <translation>رقم کے ذرائع</translation>
    </message>
    <message>
        <source>Remove the chosen funding stream</source>
        <translation>چنا ہوا رقم کا ذریعہ ہٹائیں</translation>
    </message>
    <message>
        <source>Takes the chosen funding stream out of your budget (Delete)</source>
        <translation>چنے ہوئے رقم کے ذریعے کو آپ کے بجٹ سے نکال دیتا ہے (Delete)</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>کہاں سے آتی ہے</translation>
    </message>
    <message>
        <source>Where this funding stream comes from</source>
        <translation>رقم کا یہ ذریعہ کہاں سے آتا ہے</translation>
    </message>
    <message>
        <source>change where a funding stream comes from</source>
        <translation>رقم کا ذریعہ بدلنا</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>Amount of this funding stream</source>
        <translation>رقم کے اس ذریعے کی رقم</translation>
    </message>
    <message>
        <source>change the amount of a funding stream</source>
        <translation>رقم کے ذریعے کی رقم بدلنا</translation>
    </message>
    <message>
        <source>Note (if you want one)</source>
        <translation>نوٹ (اگر آپ چاہیں)</translation>
    </message>
    <message>
        <source>For example “the council&apos;s share” or “my assessed contribution”.</source>
        <translation>مثلاً “کونسل کا حصہ” یا “میرا طے شدہ حصہ”۔</translation>
    </message>
    <message>
        <source>Note about this funding stream</source>
        <translation>رقم کے اس ذریعے کے بارے میں نوٹ</translation>
    </message>
    <message>
        <source>change the note on a funding stream</source>
        <translation>رقم کے ذریعے کا نوٹ بدلنا</translation>
    </message>
    <message>
        <source>You haven&apos;t added any funding streams. If all your budget comes from the council, you don&apos;t need to.</source>
        <translation>آپ نے رقم کا کوئی ذریعہ شامل نہیں کیا۔ اگر آپ کا سارا بجٹ کونسل سے آتا ہے تو اس کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1.</source>
        <translation>آپ کی رقم کے ذرائع کا کل %1 بنتا ہے۔</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which matches your budget.</source>
        <translation>آپ کی رقم کے ذرائع کا کل %1 بنتا ہے، جو آپ کے بجٹ کے برابر ہے۔</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which is %2 less than your budget.</source>
        <translation>آپ کی رقم کے ذرائع کا کل %1 بنتا ہے، جو آپ کے بجٹ سے %2 کم ہے۔</translation>
    </message>
    <message>
        <source>Your funding streams add up to %1, which is %2 more than your budget.</source>
        <translation>آپ کی رقم کے ذرائع کا کل %1 بنتا ہے، جو آپ کے بجٹ سے %2 زیادہ ہے۔</translation>
    </message>
    <message>
        <source>add a funding stream</source>
        <translation>رقم کا ذریعہ شامل کرنا</translation>
    </message>
    <message>
        <source>remove a funding stream</source>
        <translation>رقم کا ذریعہ ہٹانا</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>About this funding stream: %1</source>
        <translation>رقم کے اس ذریعے کے بارے میں: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::Heading</name>
    <message>
        <source>Page heading</source>
        <translation>صفحے کا عنوان</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
</context>
<context>
    <name>pb::ui::HelpWindow</name>
    <message>
        <source>Help - Personal Budget Planner</source>
        <translation>مدد - Personal Budget Planner</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>&amp;Search help</source>
        <translation>مدد میں &amp;تلاش کریں</translation>
    </message>
    <message>
        <source>For example: direct payment</source>
        <translation>مثلاً: براہ راست ادائیگی</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>مدد میں تلاش کریں</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>مدد کے موضوعات</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>مدد کا صفحہ</translation>
    </message>
    <message>
        <source>%1 - Help</source>
        <translation>%1 - مدد</translation>
    </message>
</context>
<context>
    <name>pb::ui::IsfRolloverModel</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>a plan month: &quot;6 Apr to 5 May 2026&quot;</extracomment>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <source>%1 (overspent)</source>
        <translation>%1 (زیادہ خرچ ہوا)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>From the month before</source>
        <translation>پچھلے مہینے سے</translation>
    </message>
    <message>
        <source>This month&apos;s money</source>
        <translation>اس مہینے کی رقم</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>خرچ ہوا</translation>
    </message>
    <message>
        <source>Rolls over</source>
        <translation>اگلے مہینے میں جاتا ہے</translation>
    </message>
</context>
<context>
    <name>pb::ui::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The language of the program, its help and the plans it prints</source>
        <translation>پروگرام، اس کی مدد اور اس کے پرنٹ کیے ہوئے منصوبوں کی زبان</translation>
    </message>
    <message>
        <source>The computer&apos;s language (%1)</source>
        <translation>کمپیوٹر کی زبان (%1)</translation>
    </message>
    <message>
        <source>&amp;Use this language</source>
        <translation>یہ زبان &amp;استعمال کریں</translation>
    </message>
    <message>
        <source>Use the language chosen in the list</source>
        <translation>فہرست میں چنی گئی زبان استعمال کریں</translation>
    </message>
</context>
<context>
    <name>pb::ui::MainWindow</name>
    <message>
        <source>Personal Budget Planner</source>
        <translation>Personal Budget Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;New caseload file…</source>
        <translation>&amp;نئی کیس لوڈ فائل…</translation>
    </message>
    <message>
        <source>New caseload file</source>
        <translation>نئی کیس لوڈ فائل</translation>
    </message>
    <message>
        <source>Caseload files (*.pbdb)</source>
        <translation>کیس لوڈ فائلیں (*.pbdb)</translation>
    </message>
    <message>
        <source>&amp;Open caseload file…</source>
        <translation>کیس لوڈ فائل &amp;کھولیں…</translation>
    </message>
    <message>
        <source>Open caseload file</source>
        <translation>کیس لوڈ فائل کھولیں</translation>
    </message>
    <message>
        <source>Caseload files (*.pbdb);;All files (*)</source>
        <translation>کیس لوڈ فائلیں (*.pbdb);;سب فائلیں (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>حال ہی &amp;میں کھولی گئی</translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation>منصوبے کی فائل &amp;امپورٹ کریں…</translation>
    </message>
    <message>
        <source>Import a plan file</source>
        <translation>منصوبے کی فائل امپورٹ کریں</translation>
    </message>
    <message>
        <source>Plan files (*.pbplan)</source>
        <translation>منصوبے کی فائلیں (*.pbplan)</translation>
    </message>
    <message>
        <source>&amp;Export this plan as a plan file…</source>
        <translation>یہ منصوبہ فائل کے طور پر &amp;ایکسپورٹ کریں…</translation>
    </message>
    <message>
        <source>Export this plan</source>
        <translation>یہ منصوبہ ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>پرنٹ کا &amp;پیش منظر</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save eas&amp;y-read PDF…</source>
        <translation>آسان پڑھائی PDF &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save support as a &amp;spreadsheet (CSV)…</source>
        <translation>مدد کو &amp;اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>&amp;Back to all people</source>
        <translation>سب لوگوں کی فہرست پر &amp;واپس</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>پروگرام &amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;بڑے حروف</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;چھوٹے حروف</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;عام سائز کے حروف</translation>
    </message>
    <message>
        <source>Checking the &amp;results</source>
        <translation>&amp;نتائج کی جانچ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>اس صفحے کے لیے &amp;مدد</translation>
    </message>
    <message>
        <source>&amp;Glossary of words</source>
        <translation>الفاظ کی &amp;فرہنگ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>کی بورڈ &amp;شارٹ کٹس</translation>
    </message>
    <message>
        <source>&amp;About Personal Budget Planner</source>
        <translation>Personal Budget Planner &amp;کے بارے میں</translation>
    </message>
    <message>
        <source>This caseload file was updated to work with this version. A copy from before the update is at %1.</source>
        <translation>یہ کیس لوڈ فائل اس ورژن کے ساتھ کام کرنے کے لیے اپ ڈیٹ کر دی گئی۔ اپ ڈیٹ سے پہلے کی ایک کاپی %1 پر ہے۔</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>میرا منصوبہ شروع کریں</translation>
    </message>
    <message>
        <source>Open a caseload file first, then check its results.</source>
        <translation>پہلے کیس لوڈ فائل کھولیں، پھر اس کے نتائج چیک کریں۔</translation>
    </message>
    <message>
        <source>Open or make a caseload file first, then import the plan into it.</source>
        <translation>پہلے کیس لوڈ فائل کھولیں یا بنائیں، پھر منصوبہ اس میں امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>%1&apos;s plan was imported as a new draft.</source>
        <translation>%1 کا منصوبہ ایک نئے مسودے کے طور پر امپورٹ ہو گیا۔</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>منصوبہ %1 کے طور پر محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
</context>
<context>
    <name>pb::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>یہ پیغام بند کریں</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مسئلہ: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoneyEdit</name>
    <message>
        <source>For example 120 or 120.50</source>
        <translation>مثلاً 120 یا 120.50</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoneyManagementStep</name>
    <message>
        <source>You choose your support and pay for it, and you can employ your own staff. The most freedom, but you keep receipts and records for the council. It can&apos;t pay for a long stay in a care home.</source>
        <translation>آپ اپنی مدد خود چنتے ہیں اور اس کی ادائیگی کرتے ہیں، اور آپ اپنا عملہ خود ملازم رکھ سکتے ہیں۔ سب سے زیادہ آزادی، لیکن آپ کونسل کے لیے رسیدیں اور ریکارڈ رکھتے ہیں۔ اس سے کیئر ہوم میں لمبے قیام کی ادائیگی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The council books and pays for your support with you. No records to keep, but less choice. If something goes wrong, you ring the council.</source>
        <translation>کونسل آپ کے ساتھ مل کر آپ کی مدد بک کرتی ہے اور اس کی ادائیگی کرتی ہے۔ کوئی ریکارڈ نہیں رکھنا پڑتا، لیکن انتخاب کم ہوتا ہے۔ اگر کچھ غلط ہو جائے تو آپ کونسل کو فون کرتے ہیں۔</translation>
    </message>
    <message>
        <source>A provider you choose holds the money and arranges your support the way you ask. Money not spent one month carries over to the next. You ring the provider.</source>
        <translation>آپ کا چنا ہوا ادارہ رقم رکھتا ہے اور آپ کی مدد کا انتظام آپ کے کہنے کے مطابق کرتا ہے۔ ایک مہینے میں خرچ نہ ہونے والی رقم اگلے مہینے میں چلی جاتی ہے۔ آپ ادارے کو فون کرتے ہیں۔</translation>
    </message>
    <message>
        <source>A person or organisation you trust gets the money and does the paperwork for you. You still decide what support you get. You ring them.</source>
        <translation>کوئی شخص یا تنظیم جس پر آپ بھروسا کرتے ہیں، رقم لیتی ہے اور آپ کے لیے کاغذی کارروائی کرتی ہے۔ آپ کو کیا مدد ملے، یہ فیصلہ پھر بھی آپ کرتے ہیں۔ آپ انہیں فون کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Part of the money is paid to you and part is arranged for you. For each piece of support you say how it is paid, under “My support”.</source>
        <translation>رقم کا کچھ حصہ آپ کو دیا جاتا ہے اور کچھ کا انتظام آپ کے لیے کیا جاتا ہے۔ مدد کے ہر حصے کے لیے آپ “میری مدد” میں بتاتے ہیں کہ اس کی ادائیگی کیسے ہوتی ہے۔</translation>
    </message>
    <message>
        <source>How my money is managed</source>
        <translation>میری رقم کا انتظام کیسے ہوتا ہے</translation>
    </message>
    <message>
        <source>Choose who looks after the money and arranges your support. You can use more than one way.</source>
        <translation>چنیں کہ رقم کون سنبھالتا ہے اور آپ کی مدد کا انتظام کون کرتا ہے۔ آپ ایک سے زیادہ طریقے استعمال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Pay for all my support this way</source>
        <translation>اپنی ساری مدد کی ادائیگی اس طریقے سے کریں</translation>
    </message>
    <message>
        <source>Who looks after the money</source>
        <translation>رقم کون سنبھالتا ہے</translation>
    </message>
    <message>
        <source>Who the money is paid to, if not you (nominee)</source>
        <translation>اگر آپ کو نہیں تو رقم کس کو دی جاتی ہے (نامزد شخص)</translation>
    </message>
    <message>
        <source>For example a family member who looks after the bank account for you. Leave this empty if the money is paid to you.</source>
        <translation>مثلاً خاندان کا کوئی فرد جو آپ کے لیے بینک اکاؤنٹ دیکھتا ہے۔ اگر رقم آپ کو دی جاتی ہے تو اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>The provider who holds the money</source>
        <translation>وہ ادارہ جو رقم رکھتا ہے</translation>
    </message>
    <message>
        <source>The care provider you chose, for example a home care agency.</source>
        <translation>آپ کا چنا ہوا دیکھ بھال کا ادارہ، مثلاً گھر پر دیکھ بھال کی کوئی ایجنسی۔</translation>
    </message>
    <message>
        <source>Who manages the money for you</source>
        <translation>آپ کے لیے رقم کا انتظام کون کرتا ہے</translation>
    </message>
    <message>
        <source>A person you trust, or an organisation such as a direct payment support service.</source>
        <translation>کوئی شخص جس پر آپ بھروسا کرتے ہیں، یا کوئی تنظیم جیسے براہ راست ادائیگی میں مدد کی سروس۔</translation>
    </message>
    <message>
        <source>How your support is paid for</source>
        <translation>آپ کی مدد کی ادائیگی کیسے ہوتی ہے</translation>
    </message>
    <message>
        <source>When you add support under “My support”, you will see here how much is paid each way.</source>
        <translation>جب آپ “میری مدد” میں مدد شامل کریں گے تو یہاں دیکھیں گے کہ ہر طریقے سے کتنی ادائیگی ہوتی ہے۔</translation>
    </message>
    <message>
        <source>How your support is paid for, a year</source>
        <translation>آپ کی مدد کی ادائیگی کیسے ہوتی ہے، سالانہ</translation>
    </message>
    <message>
        <source>change who holds the money</source>
        <translation>رقم رکھنے والا بدلنا</translation>
    </message>
    <message>
        <source>change how the money is managed</source>
        <translation>رقم کے انتظام کا طریقہ بدلنا</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>اور %1 مزید</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pay for all support the same way</source>
        <translation>ساری مدد کی ادائیگی ایک ہی طریقے سے کرنا</translation>
    </message>
    <message>
        <source>change how support is paid</source>
        <translation>مدد کی ادائیگی کا طریقہ بدلنا</translation>
    </message>
    <message>
        <source>Some of your support is paid another way: %1.</source>
        <translation>آپ کی کچھ مدد کی ادائیگی کسی اور طریقے سے ہوتی ہے: %1۔</translation>
    </message>
    <message>
        <source>Pay for all my support this way: %1</source>
        <translation>اپنی ساری مدد کی ادائیگی اس طریقے سے کریں: %1</translation>
    </message>
    <message>
        <source>%1 is paid to you</source>
        <translation>%1 آپ کو دیے جاتے ہیں</translation>
    </message>
    <message>
        <source>%1 is paid to %2 for you</source>
        <translation>%1 آپ کی طرف سے %2 کو دیے جاتے ہیں</translation>
    </message>
    <message>
        <source>%1 the council arranges</source>
        <translation>%1 کا انتظام کونسل کرتی ہے</translation>
    </message>
    <message>
        <source>%1 is held for you by a provider</source>
        <translation>%1 آپ کے لیے ایک ادارہ رکھتا ہے</translation>
    </message>
    <message>
        <source>%1 is held for you by %2</source>
        <translation>%1 آپ کے لیے %2 رکھتا ہے</translation>
    </message>
    <message>
        <source>%1 is managed for you by someone else</source>
        <translation>%1 کا انتظام آپ کے لیے کوئی اور کرتا ہے</translation>
    </message>
    <message>
        <source>%1 is managed for you by %2</source>
        <translation>%1 کا انتظام آپ کے لیے %2 کرتا ہے</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::MoveSupportDialog</name>
    <message>
        <source>Pay for all of it this way</source>
        <translation>اس ساری مدد کی ادائیگی اس طریقے سے کریں</translation>
    </message>
    <message>
        <source>Keep each as it is</source>
        <translation>ہر ایک کو ویسا ہی رہنے دیں</translation>
    </message>
    <message>
        <source>Don&apos;t change anything</source>
        <translation>کچھ نہ بدلیں</translation>
    </message>
    <message>
        <source>Pay for all your support this way?</source>
        <translation>اپنی ساری مدد کی ادائیگی اس طریقے سے کریں؟</translation>
    </message>
    <message>
        <source>You chose: %1.</source>
        <translation>آپ نے چنا: %1۔</translation>
    </message>
    <message>
        <source>Some of your support is paid another way:</source>
        <translation>آپ کی کچھ مدد کی ادائیگی کسی اور طریقے سے ہوتی ہے:</translation>
    </message>
    <message>
        <source>Do you want all of your support paid this way? You can change each piece of support later under “My support”, and you can undo this.</source>
        <translation>کیا آپ چاہتے ہیں کہ آپ کی ساری مدد کی ادائیگی اس طریقے سے ہو؟ آپ بعد میں “میری مدد” میں مدد کا ہر حصہ بدل سکتے ہیں، اور آپ اسے واپس بھی کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomeCard</name>
    <message>
        <source>This is one of my three most important</source>
        <translation>یہ میری تین سب سے اہم چیزوں میں سے ایک ہے</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>میرے اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>For example: I want to go swimming every week with a friend</source>
        <translation>مثلاً: میں ہر ہفتے کسی دوست کے ساتھ تیراکی کے لیے جانا چاہتا/چاہتی ہوں</translation>
    </message>
    <message>
        <source>Which part of my life it is about (life area)</source>
        <translation>یہ میری زندگی کے کس حصے کے بارے میں ہے (زندگی کا حصہ)</translation>
    </message>
    <message>
        <source>How I will know it is working</source>
        <translation>مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے</translation>
    </message>
    <message>
        <source>For example: I have been swimming 40 times this year</source>
        <translation>مثلاً: میں اس سال 40 بار تیراکی کے لیے گیا/گئی ہوں</translation>
    </message>
    <message>
        <source>Move this outcome up the list (Alt+Up)</source>
        <translation>اس نتیجے کو فہرست میں اوپر لے جائیں (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this outcome down the list (Alt+Down)</source>
        <translation>اس نتیجے کو فہرست میں نیچے لے جائیں (Alt+Down)</translation>
    </message>
    <message>
        <source>Take this outcome out of the plan. You can undo this.</source>
        <translation>اس نتیجے کو منصوبے سے نکال دیں۔ آپ اسے واپس کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>نتیجہ %1</translation>
    </message>
    <message>
        <source>Outcome %1 of %2</source>
        <translation>نتیجہ %1 از %2</translation>
    </message>
    <message>
        <source>Outcome %1, in my own words</source>
        <translation>نتیجہ %1، میرے اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>Outcome %1, which part of my life it is about</source>
        <translation>نتیجہ %1، یہ میری زندگی کے کس حصے کے بارے میں ہے</translation>
    </message>
    <message>
        <source>Outcome %1, how I will know it is working</source>
        <translation>نتیجہ %1، مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے</translation>
    </message>
    <message>
        <source>Outcome %1 is one of my three most important</source>
        <translation>نتیجہ %1 میری تین سب سے اہم چیزوں میں سے ایک ہے</translation>
    </message>
    <message>
        <source>Move outcome %1 up</source>
        <translation>نتیجہ %1 اوپر لے جائیں</translation>
    </message>
    <message>
        <source>Move outcome %1 down</source>
        <translation>نتیجہ %1 نیچے لے جائیں</translation>
    </message>
    <message>
        <source>Remove outcome %1</source>
        <translation>نتیجہ %1 ہٹائیں</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomeReviewCard</name>
    <message>
        <source>Since my plan began, this is:</source>
        <translation>میرا منصوبہ شروع ہونے کے بعد سے یہ:</translation>
    </message>
    <message>
        <source>What I want to say about it (if anything)</source>
        <translation>میں اس بارے میں کیا کہنا چاہتا/چاہتی ہوں (اگر کچھ ہو)</translation>
    </message>
    <message>
        <source>%1 (one of my three most important)</source>
        <translation>%1 (میری تین سب سے اہم چیزوں میں سے ایک)</translation>
    </message>
    <message>
        <source>%1. How I will know it is working: %2</source>
        <extracomment>%1 a life area, %2 the person&apos;s words</extracomment>
        <translation>%1۔ مجھے کیسے پتا چلے گا کہ یہ کام کر رہا ہے: %2</translation>
    </message>
    <message>
        <source>What I want to say about: %1</source>
        <extracomment>the comment field&apos;s name for screen readers</extracomment>
        <translation>میں اس بارے میں کیا کہنا چاہتا/چاہتی ہوں: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::OutcomesStep</name>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>Write what you want your support to help with, in your own words. Then pick the three that matter most.</source>
        <translation>اپنے الفاظ میں لکھیں کہ آپ اپنی مدد سے کس چیز میں مدد چاہتے ہیں۔ پھر وہ تین چنیں جو سب سے زیادہ اہم ہیں۔</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>اسے واپس رکھیں</translation>
    </message>
    <message>
        <source>&amp;Add an outcome</source>
        <translation>نتیجہ &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Put the removed outcome back</source>
        <translation>ہٹایا گیا نتیجہ واپس رکھیں</translation>
    </message>
    <message>
        <source>Add an outcome</source>
        <translation>نتیجہ شامل کریں</translation>
    </message>
    <message>
        <source>Add something that matters to you (Alt+A)</source>
        <translation>کوئی ایسی چیز شامل کریں جو آپ کے لیے اہم ہے (Alt+A)</translation>
    </message>
    <message>
        <source>change an outcome</source>
        <translation>نتیجہ بدلنا</translation>
    </message>
    <message>
        <source>Outcome %1 was taken out of your plan. You can undo this.</source>
        <translation>نتیجہ %1 آپ کے منصوبے سے نکال دیا گیا۔ آپ اسے واپس کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>“%1” was taken out of your plan. You can undo this.</source>
        <translation>“%1” آپ کے منصوبے سے نکال دیا گیا۔ آپ اسے واپس کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>You have already picked %1. To pick this one, untick one of the others first.</source>
        <translation>آپ پہلے ہی %1 چن چکے ہیں۔ اسے چننے کے لیے پہلے کسی دوسرے سے نشان ہٹائیں۔</translation>
    </message>
    <message>
        <source>No support yet</source>
        <translation>ابھی کوئی مدد نہیں</translation>
    </message>
    <message>
        <source>Helped by support that costs nothing</source>
        <translation>ایسی مدد سے مدد ملتی ہے جس پر کوئی خرچ نہیں</translation>
    </message>
    <message>
        <source>%1 of your plan goes to this</source>
        <translation>آپ کے منصوبے کا %1 اس پر جاتا ہے</translation>
    </message>
    <message>
        <source>You have picked %1 outcomes as most important. Untick some, so that only %2 are picked.</source>
        <translation>آپ نے %1 نتائج کو سب سے اہم کے طور پر چنا ہے۔ کچھ سے نشان ہٹائیں، تاکہ صرف %2 چنے ہوئے ہوں۔</translation>
    </message>
    <message>
        <source>You have picked %1 of %2 most important outcomes.</source>
        <translation>آپ نے %2 میں سے %1 سب سے اہم نتائج چنے ہیں۔</translation>
    </message>
    <message>
        <source>You have not written any outcomes yet. Choose “Add an outcome” and start with the thing that matters most to you.</source>
        <translation>آپ نے ابھی کوئی نتیجہ نہیں لکھا۔ “نتیجہ شامل کریں” چنیں اور اس چیز سے شروع کریں جو آپ کے لیے سب سے زیادہ اہم ہے۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::PaymentDialog</name>
    <message>
        <source>Add a payment</source>
        <translation>ادائیگی شامل کریں</translation>
    </message>
    <message>
        <source>Change a payment</source>
        <translation>ادائیگی بدلیں</translation>
    </message>
    <message>
        <source>Which way did the money go?</source>
        <translation>رقم کس طرف گئی؟</translation>
    </message>
    <message>
        <source>Money out: a payment from the account</source>
        <translation>جانے والی رقم: اکاؤنٹ سے ادائیگی</translation>
    </message>
    <message>
        <source>Money in: for example the council&apos;s payment</source>
        <translation>آنے والی رقم: مثلاً کونسل کی ادائیگی</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation>رقم پاؤنڈ میں</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;رقم</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>یہ کس لیے تھی</translation>
    </message>
    <message>
        <source>For example: wages for 1 to 7 May</source>
        <translation>مثلاً: 1 سے 7 May کی اجرت</translation>
    </message>
    <message>
        <source>W&amp;hat it was for</source>
        <translation>یہ کس &amp;لیے تھی</translation>
    </message>
    <message>
        <source>Which support it paid for</source>
        <translation>اس سے کس مدد کی ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>Not for one piece of support in the plan</source>
        <translation>منصوبے میں مدد کے کسی ایک حصے کے لیے نہیں</translation>
    </message>
    <message>
        <source>Support no longer in the plan</source>
        <translation>ایسی مدد جو اب منصوبے میں نہیں</translation>
    </message>
    <message>
        <source>Which &amp;support in your plan it paid for</source>
        <translation>اس سے آپ کے منصوبے میں کس &amp;مدد کی ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>ادائیگی شامل کریں</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>تبدیلیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Who paid it &amp;in</source>
        <translation>یہ رقم کس نے &amp;جمع کرائی</translation>
    </message>
    <message>
        <source>Who was &amp;paid</source>
        <translation>کس کو &amp;ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>Who paid it in</source>
        <translation>یہ رقم کس نے جمع کرائی</translation>
    </message>
    <message>
        <source>Who was paid</source>
        <translation>کس کو ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>For example: Oldham Council</source>
        <translation>مثلاً: Oldham Council</translation>
    </message>
    <message>
        <source>For example: Jade Morris, or the shop</source>
        <translation>مثلاً: Jade Morris، یا دکان</translation>
    </message>
    <message>
        <source>Enter an amount more than £0, like 12.50</source>
        <translation>£0 سے زیادہ رقم لکھیں، جیسے 12.50</translation>
    </message>
    <message>
        <source>Enter the amount in pounds, like 120 or 120.50</source>
        <translation>رقم پاؤنڈ میں لکھیں، جیسے 120 یا 120.50</translation>
    </message>
    <message>
        <source>add a payment</source>
        <translation>ادائیگی شامل کرنا</translation>
    </message>
    <message>
        <source>change a payment</source>
        <translation>ادائیگی بدلنا</translation>
    </message>
    <message>
        <source>The payment couldn&apos;t be saved.</source>
        <translation>ادائیگی محفوظ نہیں ہو سکی۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::PaymentsModel</name>
    <message>
        <source>Not linked</source>
        <translation>منسلک نہیں</translation>
    </message>
    <message>
        <source>Support no longer in the plan</source>
        <translation>ایسی مدد جو اب منصوبے میں نہیں</translation>
    </message>
    <message>
        <source>Choose Change to say which support this paid for</source>
        <translation>یہ بتانے کے لیے کہ اس سے کس مدد کی ادائیگی ہوئی، “بدلیں” چنیں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>who was paid, then what for: &quot;Jade Morris: wages for 1 to 7 May&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Who and what for</source>
        <translation>کون اور کس لیے</translation>
    </message>
    <message>
        <source>Support it paid for</source>
        <translation>جس مدد کی ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>آنے والی رقم</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>جانے والی رقم</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCalculator</name>
    <message>
        <source>What a personal assistant costs</source>
        <translation>ذاتی معاون کی لاگت کتنی ہے</translation>
    </message>
    <message>
        <source>Employing a personal assistant costs more than their pay: there is holiday pay, the employer&apos;s National Insurance, a workplace pension, insurance and a payroll service. Enter the hours and the pay to see it all.</source>
        <translation>ذاتی معاون کو ملازم رکھنے کی لاگت ان کی تنخواہ سے زیادہ ہوتی ہے: چھٹیوں کی تنخواہ، آجر کی نیشنل انشورنس، کام کی جگہ کی پنشن، بیمہ اور تنخواہ کی سروس۔ یہ سب دیکھنے کے لیے گھنٹے اور تنخواہ لکھیں۔</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>ہفتے میں گھنٹے</translation>
    </message>
    <message>
        <source>You can use part hours, like 7.5</source>
        <translation>آپ گھنٹے کا حصہ بھی لکھ سکتے ہیں، جیسے 7.5</translation>
    </message>
    <message>
        <source>Pay an hour (hourly wage), in pounds</source>
        <translation>فی گھنٹہ تنخواہ (فی گھنٹہ اجرت)، پاؤنڈ میں</translation>
    </message>
    <message>
        <source>Pay an hour</source>
        <translation>فی گھنٹہ تنخواہ</translation>
    </message>
    <message>
        <source>I will claim the Employment Allowance (it takes up to %1 a year off the employer&apos;s National Insurance)</source>
        <translation>میں ایمپلائمنٹ الاؤنس کا دعویٰ کروں گا/گی (یہ آجر کی نیشنل انشورنس میں سے سال میں %1 تک کم کر دیتا ہے)</translation>
    </message>
    <message>
        <source>Claim the Employment Allowance</source>
        <translation>ایمپلائمنٹ الاؤنس کا دعویٰ کریں</translation>
    </message>
    <message>
        <source>Most people who employ a personal assistant can claim it. Your plan is costed without it, to be safe.</source>
        <translation>ذاتی معاون رکھنے والے زیادہ تر لوگ اس کا دعویٰ کر سکتے ہیں۔ احتیاط کے لیے آپ کے منصوبے کی لاگت اس کے بغیر نکالی گئی ہے۔</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>اس کی لاگت کتنی ہے</translation>
    </message>
    <message>
        <source>Add this personal assistant to my plan</source>
        <translation>اس ذاتی معاون کو میرے منصوبے میں شامل کریں</translation>
    </message>
    <message>
        <source>Use these figures</source>
        <translation>یہ اعداد استعمال کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>شامل کیے بغیر بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>The legal minimum for workers aged %1 and over is %2 an hour from %3 (the National Living Wage).</source>
        <translation>%1 سال اور اس سے زیادہ عمر کے کارکنوں کے لیے قانونی کم از کم تنخواہ %3 سے %2 فی گھنٹہ ہے (نیشنل لیونگ ویج)۔</translation>
    </message>
    <message>
        <source>This is less than %1 an hour, the legal minimum for workers aged %2 and over. A younger assistant or an apprentice may have a lower minimum.</source>
        <translation>یہ %1 فی گھنٹہ سے کم ہے، جو %2 سال اور اس سے زیادہ عمر کے کارکنوں کے لیے قانونی کم از کم ہے۔ کم عمر معاون یا اپرنٹس کے لیے کم از کم حد کم ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>Enter the hours a week and the pay an hour to see what it costs.</source>
        <translation>لاگت دیکھنے کے لیے ہفتے کے گھنٹے اور فی گھنٹہ تنخواہ لکھیں۔</translation>
    </message>
    <message>
        <source>Enter the pay an hour, like 12.71</source>
        <translation>فی گھنٹہ تنخواہ لکھیں، جیسے 12.71</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCostModel</name>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>یہ کیسے نکالا گیا</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>سالانہ</translation>
    </message>
</context>
<context>
    <name>pb::ui::PersonalAssistantCostView</name>
    <message>
        <source>What employing a personal assistant costs, line by line</source>
        <translation>ذاتی معاون کو ملازم رکھنے کی لاگت، ہر مد الگ الگ</translation>
    </message>
    <message>
        <source>In total: %1, that is %2 or %3</source>
        <translation>کل: %1، یعنی %2 یا %3</translation>
    </message>
    <message>
        <source>(typical figures, not quotes: use your own if you have them)</source>
        <translation>(عام اعداد، قیمت کی پیشکش نہیں: اگر آپ کے پاس اپنے اعداد ہیں تو وہ استعمال کریں)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Worked out with the rates as of %1 (%2).</source>
        <translation>%1 کی شرحوں کے مطابق نکالا گیا (%2)۔</translation>
    </message>
    <message>
        <source>Where the figures come from:</source>
        <translation>اعداد کہاں سے آتے ہیں:</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanOutput</name>
    <message>
        <source>Your plan was sent to the printer.</source>
        <translation>آپ کا منصوبہ پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Save your plan as a PDF</source>
        <translation>اپنا منصوبہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>Save the easy-read plan as a PDF</source>
        <translation>آسان پڑھائی منصوبہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save your support as a spreadsheet</source>
        <translation>اپنی مدد کو اسپریڈشیٹ کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV) (*.csv)</source>
        <translation>اسپریڈشیٹ فائلیں (CSV) (*.csv)</translation>
    </message>
    <message>
        <source>Your plan was saved as %1.</source>
        <translation>آپ کا منصوبہ %1 کے طور پر محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>The easy-read plan was saved as %1.</source>
        <translation>آسان پڑھائی منصوبہ %1 کے طور پر محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Your support was saved as a spreadsheet: %1.</source>
        <translation>آپ کی مدد اسپریڈشیٹ کے طور پر محفوظ ہو گئی: %1۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanOutputPanel</name>
    <message>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>اپنا منصوبہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>پرنٹ کا پیش منظر</translation>
    </message>
    <message>
        <source>Show how your plan will look printed</source>
        <translation>دکھائیں کہ پرنٹ ہونے پر آپ کا منصوبہ کیسا لگے گا</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF file</source>
        <translation>اپنا منصوبہ PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save easy-read PDF…</source>
        <translation>آسان پڑھائی PDF محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the easy-read plan as a PDF file</source>
        <translation>آسان پڑھائی منصوبہ PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save support as a spreadsheet (CSV)…</source>
        <translation>مدد کو اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save your support as a spreadsheet (a CSV file)</source>
        <translation>اپنی مدد کو اسپریڈشیٹ (CSV فائل) کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Print or save your plan</source>
        <translation>اپنا منصوبہ پرنٹ یا محفوظ کریں</translation>
    </message>
    <message>
        <source>Print the plan to share it, or save it as a PDF to send or keep. The easy-read plan uses short sentences and pictures. The spreadsheet lists your support and what it costs.</source>
        <translation>منصوبہ دوسروں کو دکھانے کے لیے پرنٹ کریں، یا بھیجنے یا رکھنے کے لیے PDF کے طور پر محفوظ کریں۔ آسان پڑھائی منصوبے میں چھوٹے جملے اور تصویریں ہوتی ہیں۔ اسپریڈشیٹ میں آپ کی مدد اور اس کی لاگت کی فہرست ہوتی ہے۔</translation>
    </message>
    <message>
        <source>This plan is not agreed yet, so every page says DRAFT.</source>
        <translation>یہ منصوبہ ابھی منظور نہیں ہوا، اس لیے ہر صفحے پر “مسودہ” لکھا ہو گا۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanPage</name>
    <message>
        <source>Make a new version</source>
        <translation>نیا ورژن بنائیں</translation>
    </message>
    <message>
        <source>Review this plan</source>
        <translation>اس منصوبے کا جائزہ لیں</translation>
    </message>
    <message>
        <source>Keep track of the money</source>
        <translation>رقم کا حساب رکھیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>سب لوگ</translation>
    </message>
    <message>
        <source>Back to all people</source>
        <translation>سب لوگوں کی فہرست پر واپس</translation>
    </message>
    <message>
        <source>Back to the list of everyone (the caseload)</source>
        <translation>سب لوگوں کی فہرست (کیس لوڈ) پر واپس جائیں</translation>
    </message>
    <message>
        <source>Make a new version of this plan</source>
        <translation>اس منصوبے کا نیا ورژن بنائیں</translation>
    </message>
    <message>
        <source>Review this plan: how things have gone since it was agreed</source>
        <translation>اس منصوبے کا جائزہ لیں: منظوری کے بعد سے حالات کیسے رہے</translation>
    </message>
    <message>
        <source>Keep track of the money: what has been spent</source>
        <translation>رقم کا حساب رکھیں: کیا خرچ ہوا ہے</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>منصوبے کے مراحل</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>پچھلے مرحلے پر واپس</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>اگلا مرحلہ</translation>
    </message>
    <message>
        <source>Go back to the previous step (Alt+B)</source>
        <translation>پچھلے مرحلے پر واپس جائیں (Alt+B)</translation>
    </message>
    <message>
        <source>Go on to the next step (Alt+N)</source>
        <translation>اگلے مرحلے پر جائیں (Alt+N)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>نیا منصوبہ</translation>
    </message>
    <message>
        <source>Version %1 of this plan was agreed on %2, so it can&apos;t be changed. To change it, make a new version.</source>
        <translation>اس منصوبے کا ورژن %1، %2 کو منظور ہوا تھا، اس لیے یہ بدلا نہیں جا سکتا۔ اسے بدلنے کے لیے نیا ورژن بنائیں۔</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>اگلا: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::PlanSession</name>
    <message>
        <source>This version of the plan was agreed, so it can&apos;t be changed. Choose &quot;Make a new version&quot; to change it.</source>
        <translation>منصوبے کا یہ ورژن منظور ہو چکا ہے، اس لیے یہ بدلا نہیں جا سکتا۔ اسے بدلنے کے لیے &quot;نیا ورژن بنائیں&quot; چنیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::PreferencesDialog</name>
    <message>
        <source>Use &amp;high contrast: black text on white</source>
        <translation>&amp;زیادہ کنٹراسٹ استعمال کریں: سفید پر کالا متن</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>How the program looks</source>
        <translation>پروگرام کیسا دکھائی دیتا ہے</translation>
    </message>
    <message>
        <source>Changes apply straight away and are kept for next time.</source>
        <translation>تبدیلیاں فوراً لاگو ہو جاتی ہیں اور اگلی بار کے لیے محفوظ رہتی ہیں۔</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a text size, as a percentage of the desktop&apos;s own</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;حروف کا سائز</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حروف کا سائز</translation>
    </message>
    <message>
        <source>Also View, Larger text (Ctrl+Plus) and Smaller text (Ctrl+Minus).</source>
        <translation>یہ “منظر” مینو میں بھی ہے: “بڑے حروف” (Ctrl+Plus) اور “چھوٹے حروف” (Ctrl+Minus)۔</translation>
    </message>
    <message>
        <source>Use high contrast</source>
        <translation>زیادہ کنٹراسٹ استعمال کریں</translation>
    </message>
    <message>
        <source>Strong colours and a yellow mark on what is chosen, for people who find pale text hard to read.</source>
        <translation>گہرے رنگ اور چنی ہوئی چیز پر پیلا نشان، ان لوگوں کے لیے جنہیں ہلکا متن پڑھنے میں مشکل ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation>ترجیحات بند کریں</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>pb::ui::QuantityEdit</name>
    <message>
        <source>For example 10 or 7.5</source>
        <translation>مثلاً 10 یا 7.5</translation>
    </message>
</context>
<context>
    <name>pb::ui::RasExplanationPanel</name>
    <message>
        <source>Why this amount?</source>
        <translation>یہ رقم کیوں؟</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A numbered step of the explanation: &quot;3. 142 × £42 = £5,964 a year.&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>pb::ui::RasQuestionnaire</name>
    <message>
        <source>1 point</source>
        <translation>1 پوائنٹ</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 پوائنٹس</translation>
    </message>
    <message>
        <source>Whose questions do you want to answer?</source>
        <translation>آپ کس کے سوالات کا جواب دینا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Councils work out a first estimate of your budget from your answers to their questions (a resource allocation system, or RAS). The program comes with examples that show how this works. They are not any council&apos;s real figures, so your council&apos;s own questions may give a different amount.</source>
        <translation>کونسلیں اپنے سوالات کے آپ کے جوابات سے آپ کے بجٹ کا پہلا اندازہ لگاتی ہیں (resource allocation system، یا RAS)۔ پروگرام کے ساتھ کچھ مثالیں آتی ہیں جو دکھاتی ہیں کہ یہ کیسے کام کرتا ہے۔ یہ کسی کونسل کے اصل اعداد نہیں ہیں، اس لیے آپ کی کونسل کے اپنے سوالات سے رقم مختلف ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>کی طرف سے: %1</translation>
    </message>
    <message>
        <source>Figures as of %1, with %2 questions</source>
        <translation>%1 کے اعداد، %2 سوالات کے ساتھ</translation>
    </message>
    <message>
        <source>An example: not any council&apos;s real figures</source>
        <translation>ایک مثال: کسی کونسل کے اصل اعداد نہیں</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ماخذ: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Continue to the questions</source>
        <translation>سوالات پر جائیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Back to the question before</source>
        <translation>پچھلے سوال پر واپس</translation>
    </message>
    <message>
        <source>Continue to the next question</source>
        <translation>اگلے سوال پر جائیں</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>اپنے جوابات چیک کریں</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>Change whose questions you answer</source>
        <translation>یہ بدلیں کہ آپ کس کے سوالات کا جواب دیتے ہیں</translation>
    </message>
    <message>
        <source>Change your answer</source>
        <translation>اپنا جواب بدلیں</translation>
    </message>
    <message>
        <source>This is a first estimate of your budget. The council looks at it with your plan and tells you the amount it agrees. When you&apos;re ready, go on to the next step.</source>
        <translation>یہ آپ کے بجٹ کا پہلا اندازہ ہے۔ کونسل اسے آپ کے منصوبے کے ساتھ دیکھتی ہے اور آپ کو بتاتی ہے کہ وہ کون سی رقم منظور کرتی ہے۔ جب آپ تیار ہوں تو اگلے مرحلے پر جائیں۔</translation>
    </message>
    <message>
        <source>Back to the last question</source>
        <translation>آخری سوال پر واپس</translation>
    </message>
    <message>
        <source>When you have chosen whose questions to answer, your budget is worked out here as you go, with the reasons for it.</source>
        <translation>جب آپ چن لیں گے کہ کس کے سوالات کا جواب دینا ہے، تو آپ کا بجٹ ساتھ ساتھ یہاں نکالا جائے گا، اس کی وجوہات کے ساتھ۔</translation>
    </message>
    <message>
        <source>Choose whose questions you want to answer.</source>
        <translation>چنیں کہ آپ کس کے سوالات کا جواب دینا چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>Choose the answer that fits you best. If none fits exactly, choose the nearest one.</source>
        <translation>وہ جواب چنیں جو آپ پر سب سے زیادہ پورا اترتا ہو۔ اگر کوئی بالکل پورا نہ اترے تو سب سے قریب والا چنیں۔</translation>
    </message>
    <message>
        <source>choose whose questions to answer</source>
        <translation>چننا کہ کس کے سوالات کا جواب دینا ہے</translation>
    </message>
    <message>
        <source>answer a question about your budget</source>
        <translation>اپنے بجٹ کے بارے میں کسی سوال کا جواب دینا</translation>
    </message>
    <message>
        <source>Some of your saved answers don&apos;t match this scheme&apos;s questions, so the amount can&apos;t be worked out. Answer the questions again and the old answers will be replaced.</source>
        <translation>آپ کے کچھ محفوظ جوابات اس اسکیم کے سوالات سے میل نہیں کھاتے، اس لیے رقم نہیں نکالی جا سکتی۔ سوالات کے دوبارہ جواب دیں اور پرانے جوابات بدل دیے جائیں گے۔</translation>
    </message>
    <message>
        <source>That change took your budget down by %1, from %2 to %3.</source>
        <translation>اس تبدیلی سے آپ کا بجٹ %1 کم ہو گیا، %2 سے %3۔</translation>
    </message>
    <message>
        <source>That change put your budget up by %1, from %2 to %3.</source>
        <translation>اس تبدیلی سے آپ کا بجٹ %1 بڑھ گیا، %2 سے %3۔</translation>
    </message>
    <message>
        <source>Your answers were given to a scheme this program doesn&apos;t have (“%1”). To work your budget out here, choose a scheme and answer its questions.</source>
        <translation>آپ کے جوابات ایک ایسی اسکیم کے لیے دیے گئے تھے جو اس پروگرام میں نہیں (“%1”)۔ یہاں اپنا بجٹ نکالنے کے لیے کوئی اسکیم چنیں اور اس کے سوالات کے جواب دیں۔</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>سوال %1 از %2</translation>
    </message>
    <message>
        <source>The council&apos;s questions</source>
        <translation>کونسل کے سوالات</translation>
    </message>
    <message>
        <source>The council&apos;s questions (its “%1”)</source>
        <translation>کونسل کے سوالات (اس کا “%1”)</translation>
    </message>
    <message>
        <source>Continue to check your answers</source>
        <translation>اپنے جوابات چیک کرنے کے لیے آگے بڑھیں</translation>
    </message>
    <message>
        <source>To change an answer, choose Change beside it. Your budget is worked out again as soon as you do.</source>
        <translation>کوئی جواب بدلنے کے لیے اس کے ساتھ “بدلیں” چنیں۔ ایسا کرتے ہی آپ کا بجٹ دوبارہ نکالا جاتا ہے۔</translation>
    </message>
    <message>
        <source>This plan is agreed, so these answers can&apos;t be changed. To change them, make a new version of the plan.</source>
        <translation>یہ منصوبہ منظور ہو چکا ہے، اس لیے یہ جوابات بدلے نہیں جا سکتے۔ انہیں بدلنے کے لیے منصوبے کا نیا ورژن بنائیں۔</translation>
    </message>
    <message>
        <source>Questions from: %1</source>
        <translation>سوالات کس کے ہیں: %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>دیکھیں</translation>
    </message>
    <message>
        <source>See the schemes</source>
        <translation>اسکیمیں دیکھیں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>ابھی جواب نہیں دیا</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation>اپنا جواب بدلیں: %1</translation>
    </message>
    <message>
        <source>See the question: %1</source>
        <translation>سوال دیکھیں: %1</translation>
    </message>
    <message>
        <source>Your budget worked out from your answers: %1</source>
        <translation>آپ کے جوابات سے نکالا گیا آپ کا بجٹ: %1</translation>
    </message>
    <message>
        <source>Your budget so far: %1. Answer the rest of the questions to finish working it out.</source>
        <translation>اب تک آپ کا بجٹ: %1۔ اسے پورا نکالنے کے لیے باقی سوالات کے جواب دیں۔</translation>
    </message>
    <message>
        <source>Your budget can&apos;t be worked out yet</source>
        <translation>آپ کا بجٹ ابھی نہیں نکالا جا سکتا</translation>
    </message>
    <message>
        <source>Your budget: %1</source>
        <translation>آپ کا بجٹ: %1</translation>
    </message>
    <message>
        <source>Your budget so far: %1</source>
        <translation>اب تک آپ کا بجٹ: %1</translation>
    </message>
    <message>
        <source>The council calls this your “%1”.</source>
        <translation>کونسل اسے آپ کا “%1” کہتی ہے۔</translation>
    </message>
    <message>
        <source>The council has agreed %1, so your plan uses that amount.</source>
        <translation>کونسل نے %1 منظور کیے ہیں، اس لیے آپ کا منصوبہ وہی رقم استعمال کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::RatingChoice</name>
    <message>
        <source>for: %1</source>
        <extracomment>read out after the answer: &quot;Better&quot;, then &quot;for: Go swimming every week&quot;</extracomment>
        <translation>کس کے لیے: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsChart</name>
    <message>
        <source>Chart: how outcomes have gone, by life area</source>
        <translation>چارٹ: زندگی کے حصوں کے لحاظ سے نتائج کیسے رہے</translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation>یہی اعداد چارٹ کے نیچے ٹیبل میں ہیں۔</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <extracomment>the chart&apos;s axis along the bars</extracomment>
        <translation>نتائج</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsPage</name>
    <message>
        <source>All people</source>
        <translation>سب لوگ</translation>
    </message>
    <message>
        <source>Back to all people</source>
        <translation>سب لوگوں کی فہرست پر واپس</translation>
    </message>
    <message>
        <source>Back to the list of everyone (the caseload)</source>
        <translation>سب لوگوں کی فہرست (کیس لوڈ) پر واپس جائیں</translation>
    </message>
    <message>
        <source>Checking the results</source>
        <translation>نتائج کی جانچ</translation>
    </message>
    <message>
        <source>How people&apos;s lives have changed, from what they said at their reviews: for each thing that matters to them, whether it is better, the same or worse since their plan began.</source>
        <translation>لوگوں کی زندگیاں کیسے بدلیں، اس سے جو انہوں نے اپنے جائزوں میں کہا: ان کے لیے ہر اہم چیز کے بارے میں، کہ منصوبہ شروع ہونے کے بعد سے یہ بہتر ہے، پہلے جیسی ہے یا بدتر۔</translation>
    </message>
    <message>
        <source>Which reviews to count</source>
        <translation>کون سے جائزے شمار کرنے ہیں</translation>
    </message>
    <message>
        <source>Only reviews from</source>
        <translation>صرف اس تاریخ سے جائزے</translation>
    </message>
    <message>
        <source>Only reviews between two dates</source>
        <translation>صرف دو تاریخوں کے درمیان جائزے</translation>
    </message>
    <message>
        <source>First review date</source>
        <translation>جائزے کی پہلی تاریخ</translation>
    </message>
    <message>
        <source>Last review date</source>
        <translation>جائزے کی آخری تاریخ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>How the money is managed</source>
        <translation>رقم کا انتظام کیسے ہوتا ہے</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>کوئی بھی طریقہ</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>زندگی کے سب حصے</translation>
    </message>
    <message>
        <source>Count every review, not just each person&apos;s most recent one</source>
        <translation>ہر جائزہ شمار کریں، صرف ہر شخص کا سب سے تازہ نہیں</translation>
    </message>
    <message>
        <source>Count every review</source>
        <translation>ہر جائزہ شمار کریں</translation>
    </message>
    <message>
        <source>How things have gone</source>
        <translation>حالات کیسے رہے</translation>
    </message>
    <message>
        <source>Summary of the results</source>
        <translation>نتائج کا خلاصہ</translation>
    </message>
    <message>
        <source>No outcomes have been rated in these reviews. Reviews are recorded from a person&apos;s agreed plan: open their plan and choose “Review this plan”.</source>
        <translation>ان جائزوں میں کسی نتیجے کی درجہ بندی نہیں ہوئی۔ جائزے کسی شخص کے منظور شدہ منصوبے سے درج کیے جاتے ہیں: ان کا منصوبہ کھولیں اور “اس منصوبے کا جائزہ لیں” چنیں۔</translation>
    </message>
    <message>
        <source>Results by life area</source>
        <translation>زندگی کے حصوں کے لحاظ سے نتائج</translation>
    </message>
    <message>
        <source>Outcomes that got worse</source>
        <translation>وہ نتائج جو بدتر ہو گئے</translation>
    </message>
    <message>
        <source>Someone should talk with each of these people about what has changed and what would help. Choose a row and open the person&apos;s plan (or double-click it).</source>
        <translation>کسی کو ان میں سے ہر شخص سے بات کرنی چاہیے کہ کیا بدلا ہے اور کس چیز سے مدد ملے گی۔ کوئی قطار چنیں اور اس شخص کا منصوبہ کھولیں (یا اس پر دو بار کلک کریں)۔</translation>
    </message>
    <message>
        <source>No outcome got worse in these reviews.</source>
        <translation>ان جائزوں میں کوئی نتیجہ بدتر نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Open their plan</source>
        <translation>ان کا منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>Open the plan of the chosen person</source>
        <translation>چنے گئے شخص کا منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>لوگوں نے کیا کہا</translation>
    </message>
    <message>
        <source>Tag what people said with themes, like “transport” or “staff keep changing”, to see what comes up most often (Working Together for Change).</source>
        <translation>لوگوں کی باتوں پر موضوعات کے ٹیگ لگائیں، جیسے “آمد و رفت” یا “عملہ بدلتا رہتا ہے”، تاکہ دیکھیں کہ کیا سب سے زیادہ سامنے آتا ہے (Working Together for Change)۔</translation>
    </message>
    <message>
        <source>No comments have been tagged with themes yet.</source>
        <translation>ابھی کسی تبصرے پر موضوع کا ٹیگ نہیں لگایا گیا۔</translation>
    </message>
    <message>
        <source>Themes, most common first</source>
        <translation>موضوعات، سب سے عام پہلے</translation>
    </message>
    <message>
        <source>Comments to tag</source>
        <translation>ٹیگ لگانے کے لیے تبصرے</translation>
    </message>
    <message>
        <source>What people said in their reviews</source>
        <translation>لوگوں نے اپنے جائزوں میں کیا کہا</translation>
    </message>
    <message>
        <source>Themes of the chosen comment</source>
        <translation>چنے گئے تبصرے کے موضوعات</translation>
    </message>
    <message>
        <source>Separate themes with commas, for example: transport, staff keep changing. Press Enter to save.</source>
        <translation>موضوعات کو کوما سے الگ کریں، مثلاً: آمد و رفت، عملہ بدلتا رہتا ہے۔ محفوظ کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Save or print the report</source>
        <translation>رپورٹ محفوظ یا پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)…</source>
        <translation>اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save a table of the report as a spreadsheet (CSV)</source>
        <translation>رپورٹ کی کوئی ٹیبل اسپریڈشیٹ (CSV) کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save results by life area</source>
        <translation>زندگی کے حصوں کے لحاظ سے نتائج محفوظ کریں</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>اسپریڈشیٹس (*.csv)</translation>
    </message>
    <message>
        <source>Save outcomes that got worse</source>
        <translation>وہ نتائج محفوظ کریں جو بدتر ہو گئے</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Save themes</source>
        <translation>موضوعات محفوظ کریں</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>رپورٹ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Open a caseload file to see its results.</source>
        <translation>نتائج دیکھنے کے لیے کیس لوڈ فائل کھولیں۔</translation>
    </message>
    <message>
        <source>People counted: %1. Reviews counted: %2.</source>
        <extracomment>%1 people, %2 reviews: &quot;12 people, 15 reviews.&quot;</extracomment>
        <translation>شمار کیے گئے لوگ: %1۔ شمار کیے گئے جائزے: %2۔</translation>
    </message>
    <message>
        <source>Choose a comment in the table to tag it.</source>
        <translation>کسی تبصرے پر ٹیگ لگانے کے لیے اسے ٹیبل میں چنیں۔</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <extracomment>the comment being tagged: &quot;Ann Ames, What is working: “My PA”&quot;</extracomment>
        <translation>%1، %2: “%3”</translation>
    </message>
    <message>
        <source>The table was saved as %1.</source>
        <translation>ٹیبل %1 کے طور پر محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>رپورٹ %1 کے طور پر محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pb::ui::ResultsTableModel</name>
    <message>
        <source>All life areas</source>
        <translation>زندگی کے سب حصے</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>a table cell read out: &quot;Things I do, Better: 3&quot;</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>زندگی کا حصہ</translation>
    </message>
    <message>
        <source>Outcomes rated</source>
        <translation>جن نتائج کی درجہ بندی ہوئی</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReviewCommentsModel</name>
    <message>
        <source>About: %1</source>
        <extracomment>which question a comment answers: &quot;About: See my friends&quot;</extracomment>
        <translation>بارے میں: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>کیا کہا گیا</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>موضوعات</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReviewPage</name>
    <message>
        <source>Back to the plan</source>
        <translation>منصوبے پر واپس</translation>
    </message>
    <message>
        <source>Back to the steps of the plan (Alt+B)</source>
        <translation>منصوبے کے مراحل پر واپس جائیں (Alt+B)</translation>
    </message>
    <message>
        <source>Review my plan</source>
        <translation>میرے منصوبے کا جائزہ</translation>
    </message>
    <message>
        <source>A review looks back at an agreed plan. This version of the plan is not agreed yet, so there is nothing to review: go back to the plan to finish and agree it.</source>
        <translation>جائزہ ایک منظور شدہ منصوبے پر پیچھے نظر ڈالتا ہے۔ منصوبے کا یہ ورژن ابھی منظور نہیں ہوا، اس لیے جائزے کے لیے کچھ نہیں ہے: منصوبہ مکمل اور منظور کرنے کے لیے اس پر واپس جائیں۔</translation>
    </message>
    <message>
        <source>Start a new review</source>
        <translation>نیا جائزہ شروع کریں</translation>
    </message>
    <message>
        <source>About this review</source>
        <translation>اس جائزے کے بارے میں</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>change the date of the review</source>
        <translation>جائزے کی تاریخ بدلنا</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>کس نے حصہ لیا</translation>
    </message>
    <message>
        <source>For example: Aisha Khan, her brother Sam and Kim Lee (support planner)</source>
        <translation>مثلاً: Aisha Khan، ان کے بھائی Sam اور Kim Lee (مدد کا منصوبہ بنانے والے)</translation>
    </message>
    <message>
        <source>change who took part</source>
        <translation>حصہ لینے والوں کو بدلنا</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>میرے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>For each thing that matters to you, say whether life is better, the same or worse since your plan began, or has not changed yet.</source>
        <translation>اپنے لیے ہر اہم چیز کے بارے میں بتائیں کہ منصوبہ شروع ہونے کے بعد سے زندگی بہتر ہے، پہلے جیسی ہے یا بدتر ہے، یا ابھی نہیں بدلی۔</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>حالات کیسے چل رہے ہیں</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>کیا ٹھیک چل رہا ہے</translation>
    </message>
    <message>
        <source>What is going well, and what you want to keep.</source>
        <translation>کیا اچھا چل رہا ہے، اور آپ کیا برقرار رکھنا چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>کیا ٹھیک نہیں چل رہا</translation>
    </message>
    <message>
        <source>What is hard, or not happening the way it should.</source>
        <translation>کیا مشکل ہے، یا ویسے نہیں ہو رہا جیسے ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>What is important for the future</source>
        <translation>مستقبل کے لیے کیا اہم ہے</translation>
    </message>
    <message>
        <source>What you would like to happen next.</source>
        <translation>آپ آگے کیا ہوتا دیکھنا چاہیں گے۔</translation>
    </message>
    <message>
        <source>How happy I am with my support</source>
        <translation>میں اپنی مدد سے کتنا خوش ہوں</translation>
    </message>
    <message>
        <source>say how happy you are</source>
        <translation>بتانا کہ آپ کتنے خوش ہیں</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>آگے کیا ہو گا</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>کیا طے ہوا</translation>
    </message>
    <message>
        <source>Date of the next review</source>
        <translation>اگلے جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>We suggest a year after this review. Plans are looked at again at least once a year.</source>
        <translation>ہم اس جائزے کے ایک سال بعد کی تجویز دیتے ہیں۔ منصوبوں کو سال میں کم از کم ایک بار دوبارہ دیکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Your next review will be on %1.</source>
        <translation>آپ کا اگلا جائزہ %1 کو ہو گا۔</translation>
    </message>
    <message>
        <source>change the date of the next review</source>
        <translation>اگلے جائزے کی تاریخ بدلنا</translation>
    </message>
    <message>
        <source>Keep my plan</source>
        <translation>میرا منصوبہ برقرار رکھیں</translation>
    </message>
    <message>
        <source>Keep my plan as it is</source>
        <translation>میرا منصوبہ جیسا ہے ویسا رکھیں</translation>
    </message>
    <message>
        <source>Keep my plan: your plan stays as it is, and is looked at again on the date above.</source>
        <translation>میرا منصوبہ برقرار رکھیں: آپ کا منصوبہ جیسا ہے ویسا رہے گا، اور اوپر دی گئی تاریخ پر دوبارہ دیکھا جائے گا۔</translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation>میرا منصوبہ بدلیں</translation>
    </message>
    <message>
        <source>Change my plan: make a new version from this one</source>
        <translation>میرا منصوبہ بدلیں: اس سے ایک نیا ورژن بنائیں</translation>
    </message>
    <message>
        <source>Change my plan: a new version of your plan is made from this one, for you to change what is not working. This review is kept with the version it looked at.</source>
        <translation>میرا منصوبہ بدلیں: اس سے آپ کے منصوبے کا ایک نیا ورژن بنایا جاتا ہے، تاکہ جو کام نہیں کر رہا اسے آپ بدل سکیں۔ یہ جائزہ اسی ورژن کے ساتھ رکھا جاتا ہے جسے اس نے دیکھا۔</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>کاغذ پر</translation>
    </message>
    <message>
        <source>Print an easy-read form with pictures to fill in by hand, or print or save this review.</source>
        <translation>تصویروں والا آسان پڑھائی فارم پرنٹ کریں جسے ہاتھ سے بھرا جائے، یا یہ جائزہ پرنٹ یا محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Print the easy-read form…</source>
        <translation>آسان پڑھائی فارم پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print an easy-read review form to fill in by hand</source>
        <translation>ہاتھ سے بھرنے کے لیے آسان پڑھائی جائزہ فارم پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print this review…</source>
        <translation>یہ جائزہ پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print this review</source>
        <translation>یہ جائزہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save this review as a PDF</source>
        <translation>یہ جائزہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save easy-read PDF…</source>
        <translation>آسان پڑھائی PDF محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save this review in easy-read as a PDF</source>
        <translation>یہ جائزہ آسان پڑھائی میں PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Easy-read review - %1</source>
        <extracomment>the file name offered for a saved review: &quot;Review - Jo Bloggs.pdf&quot;</extracomment>
        <translation>آسان پڑھائی جائزہ - %1</translation>
    </message>
    <message>
        <source>Review - %1</source>
        <translation>جائزہ - %1</translation>
    </message>
    <message>
        <source>Save this review as PDF</source>
        <translation>یہ جائزہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>بدلنا: %1</translation>
    </message>
    <message>
        <source>say how it has gone</source>
        <translation>بتانا کہ یہ کیسا رہا</translation>
    </message>
    <message>
        <source>change what you said</source>
        <translation>اپنی کہی بات بدلنا</translation>
    </message>
    <message>
        <source>keep the plan</source>
        <translation>منصوبہ برقرار رکھنا</translation>
    </message>
    <message>
        <source>Look back at version %1 of your plan, agreed on %2. Your answers are saved as you give them.</source>
        <translation>اپنے منصوبے کے ورژن %1 پر پیچھے نظر ڈالیں، جو %2 کو منظور ہوا۔ آپ کے جوابات دیتے ہی محفوظ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>This is the first review of this version.</source>
        <translation>یہ اس ورژن کا پہلا جائزہ ہے۔</translation>
    </message>
    <message>
        <source>This is a new review. Earlier reviews of this version: %1.</source>
        <translation>یہ ایک نیا جائزہ ہے۔ اس ورژن کے پہلے کے جائزے: %1۔</translation>
    </message>
    <message>
        <source>It was due on %1.</source>
        <extracomment>%1 a date: &quot;It was due on 12 August 2026.&quot;</extracomment>
        <translation>یہ %1 کو ہونا تھا۔</translation>
    </message>
    <message>
        <source>This review was started on %1 and is not finished yet.</source>
        <translation>یہ جائزہ %1 کو شروع ہوا تھا اور ابھی مکمل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>You decided to keep your plan as it is. Your next review is on %1. If things change, you can still change your plan below.</source>
        <translation>آپ نے اپنا منصوبہ جیسا ہے ویسا رکھنے کا فیصلہ کیا۔ آپ کا اگلا جائزہ %1 کو ہے۔ اگر حالات بدلیں تو آپ پھر بھی نیچے اپنا منصوبہ بدل سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::RouteSplitModel</name>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>How it is paid</source>
        <translation>ادائیگی کیسے ہوتی ہے</translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation>سالانہ رقم</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>حصہ</translation>
    </message>
</context>
<context>
    <name>pb::ui::RunningTotal</name>
    <message>
        <source>Share of the budget planned</source>
        <translation>بجٹ کا کتنا حصہ منصوبے میں ہے</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>اب تک کا کل</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>بجٹ: %1</translation>
    </message>
    <message>
        <source>Budget: not set yet</source>
        <translation>بجٹ: ابھی طے نہیں</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>منصوبے میں: %1</translation>
    </message>
    <message>
        <source>Add your budget to see what is left</source>
        <translation>یہ دیکھنے کے لیے کہ کتنا بچا ہے، اپنا بجٹ شامل کریں</translation>
    </message>
    <message>
        <source>%1 more than your budget</source>
        <translation>آپ کے بجٹ سے %1 زیادہ</translation>
    </message>
    <message>
        <source>Left over: %1</source>
        <translation>بچی ہوئی رقم: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingPage</name>
    <message>
        <source>Keep track of the money</source>
        <translation>رقم کا حساب رکھیں</translation>
    </message>
    <message>
        <source>Record what is paid from the budget, or bring in a statement from the bank or card. You can see how the spending compares with the plan.</source>
        <translation>بجٹ سے جو ادائیگی ہوتی ہے وہ درج کریں، یا بینک یا کارڈ کی اسٹیٹمنٹ لے آئیں۔ آپ دیکھ سکتے ہیں کہ خرچ منصوبے کے مقابلے میں کیسا ہے۔</translation>
    </message>
    <message>
        <source>How the money is going</source>
        <translation>رقم کیسے خرچ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>&amp;Warn me when the account holds more than this many weeks of the budget</source>
        <translation>جب اکاؤنٹ میں بجٹ کے اتنے ہفتوں سے زیادہ رقم ہو تو مجھے &amp;خبردار کریں</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> ہفتے</translation>
    </message>
    <message>
        <source>Weeks of budget before a warning</source>
        <translation>انتباہ سے پہلے بجٹ کے ہفتے</translation>
    </message>
    <message>
        <source>Councils set their own limit, often 8 weeks. Ask yours if you are not sure. This is kept with the data, for everyone in it.</source>
        <translation>کونسلیں اپنی حد خود طے کرتی ہیں، اکثر 8 ہفتے۔ اگر آپ کو یقین نہ ہو تو اپنی کونسل سے پوچھیں۔ یہ ڈیٹا کے ساتھ رکھا جاتا ہے، اس میں موجود سب لوگوں کے لیے۔</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>Add a payment</source>
        <translation>ادائیگی شامل کریں</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>Change the chosen payment</source>
        <translation>چنی ہوئی ادائیگی بدلیں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the chosen payment</source>
        <translation>چنی ہوئی ادائیگی ہٹائیں</translation>
    </message>
    <message>
        <source>Takes it out. Undo (Ctrl+Z) puts it back.</source>
        <translation>اسے نکال دیتا ہے۔ واپس کریں (Ctrl+Z) اسے واپس لے آتا ہے۔</translation>
    </message>
    <message>
        <source>Import a statement…</source>
        <translation>اسٹیٹمنٹ امپورٹ کریں…</translation>
    </message>
    <message>
        <source>Import a statement from the bank or card</source>
        <translation>بینک یا کارڈ کی اسٹیٹمنٹ امپورٹ کریں</translation>
    </message>
    <message>
        <source>Bring in the payments of a statement saved as a CSV file</source>
        <translation>CSV فائل کے طور پر محفوظ کی گئی اسٹیٹمنٹ کی ادائیگیاں لے آئیں</translation>
    </message>
    <message>
        <source>No payments yet. Add the payments you make and the money paid in, or import a statement from the bank or card.</source>
        <translation>ابھی کوئی ادائیگی نہیں۔ آپ جو ادائیگیاں کرتے ہیں اور جو رقم جمع ہوتی ہے وہ شامل کریں، یا بینک یا کارڈ کی اسٹیٹمنٹ امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>The newest first. Enter or double-click changes the chosen payment; Delete removes it.</source>
        <translation>سب سے نئی پہلے۔ Enter یا دو بار کلک کرنے سے چنی ہوئی ادائیگی بدلتی ہے؛ Delete اسے ہٹا دیتا ہے۔</translation>
    </message>
    <message>
        <source>Spent against the plan</source>
        <translation>منصوبے کے مقابلے میں خرچ</translation>
    </message>
    <message>
        <source>Month by month with your provider (Individual Service Fund)</source>
        <translation>اپنے ادارے کے ساتھ مہینہ بہ مہینہ (انفرادی سروس فنڈ)</translation>
    </message>
    <message>
        <source>Your provider holds the money. Each month has its share of the budget; what isn&apos;t spent rolls over to the next month.</source>
        <translation>آپ کا ادارہ رقم رکھتا ہے۔ ہر مہینے کا بجٹ میں اپنا حصہ ہوتا ہے؛ جو خرچ نہ ہو وہ اگلے مہینے میں چلا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Month by month with your provider</source>
        <translation>اپنے ادارے کے ساتھ مہینہ بہ مہینہ</translation>
    </message>
    <message>
        <source>Direct payment return</source>
        <translation>براہ راست ادائیگی کا گوشوارہ</translation>
    </message>
    <message>
        <source>Many councils ask for an account of the money every few months: the money paid in, the money paid out by kind of support, and what is left. Make one for any period and save it as a spreadsheet or a PDF.</source>
        <translation>بہت سی کونسلیں ہر چند مہینے بعد رقم کا حساب مانگتی ہیں: جمع کرائی گئی رقم، مدد کی قسم کے لحاظ سے ادا کی گئی رقم، اور جو بچا ہے۔ کسی بھی مدت کے لیے ایک بنائیں اور اسے اسپریڈشیٹ یا PDF کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Make a direct payment return…</source>
        <translation>براہ راست ادائیگی کا گوشوارہ بنائیں…</translation>
    </message>
    <message>
        <source>Make a direct payment return</source>
        <translation>براہ راست ادائیگی کا گوشوارہ بنائیں</translation>
    </message>
    <message>
        <source>Measured against version %1 of the plan, agreed on %2. This plan year runs from %3 to %4.</source>
        <translation>منصوبے کے ورژن %1 کے مقابلے میں، جو %2 کو منظور ہوا۔ منصوبے کا یہ سال %3 سے %4 تک ہے۔</translation>
    </message>
    <message>
        <source>Money your provider holds for you this month: %1.</source>
        <translation>اس مہینے آپ کے ادارے کے پاس آپ کی رقم: %1۔</translation>
    </message>
    <message>
        <source>Add what your provider has spent for you to see how much they still hold.</source>
        <translation>یہ دیکھنے کے لیے کہ ان کے پاس ابھی کتنی رقم ہے، وہ شامل کریں جو آپ کے ادارے نے آپ کے لیے خرچ کیا ہے۔</translation>
    </message>
    <message>
        <source>Money in the account today: %1 (the money paid in, less the money paid out).</source>
        <translation>آج اکاؤنٹ میں رقم: %1 (جمع کرائی گئی رقم، ادا کی گئی رقم نکال کر)۔</translation>
    </message>
    <message>
        <source>Add the money paid into the account (for example by the council) to see how much is in it.</source>
        <translation>یہ دیکھنے کے لیے کہ اکاؤنٹ میں کتنی رقم ہے، اس میں جمع کرائی گئی رقم شامل کریں (مثلاً کونسل کی طرف سے)۔</translation>
    </message>
    <message>
        <source>This month is %1. The plan year starts on %2.</source>
        <translation>یہ مہینہ %1 ہے۔ منصوبے کا سال %2 کو شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>This month is %1. So far this plan year means %2 to %3.</source>
        <translation>یہ مہینہ %1 ہے۔ منصوبے کے اس سال میں اب تک کا مطلب ہے %2 سے %3 تک۔</translation>
    </message>
    <message>
        <source>The newest %1 of %2 payments.</source>
        <translation>%2 ادائیگیوں میں سے سب سے نئی %1۔</translation>
    </message>
    <message>
        <source>Show all %1 payments</source>
        <translation>سب %1 ادائیگیاں دکھائیں</translation>
    </message>
    <message>
        <source>Show only the newest %1</source>
        <translation>صرف سب سے نئی %1 دکھائیں</translation>
    </message>
    <message>
        <source>remove a payment</source>
        <translation>ادائیگی ہٹانا</translation>
    </message>
    <message>
        <source>Removed the payment of %1 on %2. To put it back, choose Undo (Ctrl+Z).</source>
        <translation>%2 کو %1 کی ادائیگی ہٹا دی گئی۔ اسے واپس لانے کے لیے “واپس کریں” (Ctrl+Z) چنیں۔</translation>
    </message>
    <message>
        <source>Choose a statement</source>
        <translation>اسٹیٹمنٹ چنیں</translation>
    </message>
    <message>
        <source>Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>CSV کے طور پر محفوظ اسٹیٹمنٹس (*.csv *.CSV *.txt);;سب فائلیں (*)</translation>
    </message>
    <message>
        <source>Imported 1 payment. To take it out again, choose Undo (Ctrl+Z).</source>
        <translation>1 ادائیگی امپورٹ ہو گئی۔ اسے دوبارہ نکالنے کے لیے “واپس کریں” (Ctrl+Z) چنیں۔</translation>
    </message>
    <message>
        <source>Imported %1 payments. To take them all out again, choose Undo (Ctrl+Z).</source>
        <translation>%1 ادائیگیاں امپورٹ ہو گئیں۔ ان سب کو دوبارہ نکالنے کے لیے “واپس کریں” (Ctrl+Z) چنیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingSession</name>
    <message>
        <source>There is no agreed plan to keep track of yet. Agree the plan first, then record what is spent.</source>
        <translation>ابھی کوئی منظور شدہ منصوبہ نہیں جس کا حساب رکھا جائے۔ پہلے منصوبہ منظور کریں، پھر خرچ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpendingWindow</name>
    <message>
        <source>Back to my plan</source>
        <translation>میرے منصوبے پر واپس</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Keep track of the money</source>
        <translation>رقم کا حساب رکھیں</translation>
    </message>
    <message>
        <source>Keep track of the money – %1</source>
        <translation>رقم کا حساب رکھیں – %1</translation>
    </message>
    <message>
        <source>Back to my plan (closes this window)</source>
        <translation>میرے منصوبے پر واپس (یہ ونڈو بند کر دیتا ہے)</translation>
    </message>
    <message>
        <source>Close this window and go back to the plan (Ctrl+W)</source>
        <translation>یہ ونڈو بند کریں اور منصوبے پر واپس جائیں (Ctrl+W)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <extracomment>%1 what would be undone, e.g. &quot;Undo add a payment&quot;</extracomment>
        <translation>واپس کریں: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>دوبارہ کریں: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
</context>
<context>
    <name>pb::ui::SpentAgainstPlannedModel</name>
    <message>
        <source>Support</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Planned this month</source>
        <translation>اس مہینے کے منصوبے میں</translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>اس مہینے خرچ ہوا</translation>
    </message>
    <message>
        <source>Planned so far this year</source>
        <translation>اس سال اب تک منصوبے میں</translation>
    </message>
    <message>
        <source>Spent so far this year</source>
        <translation>اس سال اب تک خرچ ہوا</translation>
    </message>
</context>
<context>
    <name>pb::ui::StatementImportDialog</name>
    <message>
        <source>Import a statement</source>
        <translation>اسٹیٹمنٹ امپورٹ کریں</translation>
    </message>
    <message>
        <source>Bring in payments from a statement</source>
        <translation>اسٹیٹمنٹ سے ادائیگیاں لے آئیں</translation>
    </message>
    <message>
        <source>Say which column of the statement holds what, and check the payments below. Nothing is saved until you choose Import.</source>
        <translation>بتائیں کہ اسٹیٹمنٹ کے کس کالم میں کیا ہے، اور نیچے ادائیگیاں چیک کریں۔ جب تک آپ “امپورٹ کریں” نہ چنیں، کچھ محفوظ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>کوئی اور فائل چنیں…</translation>
    </message>
    <message>
        <source>Choose another statement file</source>
        <translation>اسٹیٹمنٹ کی کوئی اور فائل چنیں</translation>
    </message>
    <message>
        <source>The payments in the statement</source>
        <translation>اسٹیٹمنٹ میں موجود ادائیگیاں</translation>
    </message>
    <message>
        <source>Rows that look like duplicates can be ticked to import them as well.</source>
        <translation>جو قطاریں دہرائی ہوئی لگتی ہیں، انہیں بھی امپورٹ کرنے کے لیے ان پر نشان لگایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>امپورٹ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancel: import nothing</source>
        <translation>منسوخ کریں: کچھ امپورٹ نہ کریں</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>کس کالم میں کیا ہے</translation>
    </message>
    <message>
        <source>The first row holds the names of the columns</source>
        <translation>پہلی قطار میں کالموں کے نام ہیں</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>Column with the date</source>
        <translation>تاریخ والا کالم</translation>
    </message>
    <message>
        <source>&amp;What it was for</source>
        <translation>یہ کس &amp;لیے تھی</translation>
    </message>
    <message>
        <source>Column with what the payment was for</source>
        <translation>وہ کالم جس میں لکھا ہے کہ ادائیگی کس لیے تھی</translation>
    </message>
    <message>
        <source>W&amp;ho was paid (if it has a column of its own)</source>
        <translation>کس کو ادائیگی &amp;ہوئی (اگر اس کا اپنا کالم ہو)</translation>
    </message>
    <message>
        <source>Column with who was paid</source>
        <translation>وہ کالم جس میں لکھا ہے کہ کس کو ادائیگی ہوئی</translation>
    </message>
    <message>
        <source>In one column: money going out has a minus, like -12.50 (most banks)</source>
        <translation>ایک کالم میں: جانے والی رقم پر منفی کا نشان ہوتا ہے، جیسے -12.50 (زیادہ تر بینک)</translation>
    </message>
    <message>
        <source>In one column: spending has no minus, money in has one (some prepaid cards)</source>
        <translation>ایک کالم میں: خرچ پر منفی کا نشان نہیں ہوتا، آنے والی رقم پر ہوتا ہے (کچھ پری پیڈ کارڈ)</translation>
    </message>
    <message>
        <source>In two columns: one for money out, one for money in</source>
        <translation>دو کالموں میں: ایک جانے والی رقم کے لیے، ایک آنے والی رقم کے لیے</translation>
    </message>
    <message>
        <source>How the statement shows the money</source>
        <translation>اسٹیٹمنٹ رقم کیسے دکھاتی ہے</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;رقم</translation>
    </message>
    <message>
        <source>Column with the amount</source>
        <translation>رقم والا کالم</translation>
    </message>
    <message>
        <source>Money &amp;out</source>
        <translation>جانے &amp;والی رقم</translation>
    </message>
    <message>
        <source>Column with money out</source>
        <translation>جانے والی رقم کا کالم</translation>
    </message>
    <message>
        <source>Money &amp;in</source>
        <translation>آنے &amp;والی رقم</translation>
    </message>
    <message>
        <source>Column with money in</source>
        <translation>آنے والی رقم کا کالم</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>فائل: %1</translation>
    </message>
    <message>
        <source>File: %1 (text read as %2)</source>
        <extracomment>%2 how the file&apos;s text was encoded, e.g. &quot;Windows-1252&quot;</extracomment>
        <translation>فائل: %1 (متن %2 کے طور پر پڑھا گیا)</translation>
    </message>
    <message>
        <source>Choose a statement</source>
        <translation>اسٹیٹمنٹ چنیں</translation>
    </message>
    <message>
        <source>Statements saved as CSV (*.csv *.CSV *.txt);;All files (*)</source>
        <translation>CSV کے طور پر محفوظ اسٹیٹمنٹس (*.csv *.CSV *.txt);;سب فائلیں (*)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>a column of a statement: &quot;Column 2: Description&quot;</extracomment>
        <translation>کالم %1: %2</translation>
    </message>
    <message>
        <source>Column %1 (like %2)</source>
        <extracomment>a column of a statement with its first value: &quot;Column 2 (like TESCO STORES)&quot;</extracomment>
        <translation>کالم %1 (جیسے %2)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>کالم %1</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>کالم چنیں</translation>
    </message>
    <message>
        <source>Not in this statement</source>
        <translation>اس اسٹیٹمنٹ میں نہیں</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>اس فائل سے کچھ بھی امپورٹ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Choose the columns above to see the payments.</source>
        <translation>ادائیگیاں دیکھنے کے لیے اوپر کالم چنیں۔</translation>
    </message>
    <message>
        <source>There are no payments to import.</source>
        <translation>امپورٹ کرنے کے لیے کوئی ادائیگی نہیں ہے۔</translation>
    </message>
    <message>
        <source>1 payment will be imported.</source>
        <translation>1 ادائیگی امپورٹ کی جائے گی۔</translation>
    </message>
    <message>
        <source>%1 payments will be imported.</source>
        <translation>%1 ادائیگیاں امپورٹ کی جائیں گی۔</translation>
    </message>
    <message>
        <source>1 row can&apos;t be read and will be left out; the reason is beside it.</source>
        <translation>1 قطار پڑھی نہیں جا سکتی اور چھوڑ دی جائے گی؛ وجہ اس کے ساتھ لکھی ہے۔</translation>
    </message>
    <message>
        <source>%1 rows can&apos;t be read and will be left out; the reason is beside each.</source>
        <translation>%1 قطاریں پڑھی نہیں جا سکتیں اور چھوڑ دی جائیں گی؛ وجہ ہر ایک کے ساتھ لکھی ہے۔</translation>
    </message>
    <message>
        <source>1 row looks like a payment already listed and is left out. Tick it to import it as well.</source>
        <translation>1 قطار پہلے سے درج ادائیگی جیسی لگتی ہے اور چھوڑ دی گئی ہے۔ اسے بھی امپورٹ کرنے کے لیے اس پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>%1 rows look like payments already listed and are left out. Tick them to import them as well.</source>
        <translation>%1 قطاریں پہلے سے درج ادائیگیوں جیسی لگتی ہیں اور چھوڑ دی گئی ہیں۔ انہیں بھی امپورٹ کرنے کے لیے ان پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Import 1 payment</source>
        <translation>1 ادائیگی امپورٹ کریں</translation>
    </message>
    <message>
        <source>Import %1 payments</source>
        <translation>%1 ادائیگیاں امپورٹ کریں</translation>
    </message>
    <message>
        <source>import a statement</source>
        <translation>اسٹیٹمنٹ امپورٹ کرنا</translation>
    </message>
    <message>
        <source>The payments couldn&apos;t be saved, so nothing was imported.</source>
        <translation>ادائیگیاں محفوظ نہیں ہو سکیں، اس لیے کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::StatementPreviewModel</name>
    <message>
        <source>Will be imported</source>
        <translation>امپورٹ کی جائے گی</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>چھوڑ دی گئی</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>جی ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Can&apos;t be read: %1</source>
        <translation>پڑھی نہیں جا سکتی: %1</translation>
    </message>
    <message>
        <source>Will be imported (you ticked it)</source>
        <translation>امپورٹ کی جائے گی (آپ نے نشان لگایا)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>امپورٹ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>آنے والی رقم</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>جانے والی رقم</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>کیا ہو گا</translation>
    </message>
</context>
<context>
    <name>pb::ui::SummarySection</name>
    <message>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>See details</source>
        <translation>تفصیل دیکھیں</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a part of the plan, e.g. &quot;My budget&quot;</extracomment>
        <translation>%1 بدلیں</translation>
    </message>
    <message>
        <source>See details of %1</source>
        <translation>%1 کی تفصیل دیکھیں</translation>
    </message>
    <message>
        <source>Go to the step where you can change this</source>
        <translation>اس مرحلے پر جائیں جہاں آپ اسے بدل سکتے ہیں</translation>
    </message>
    <message>
        <source>Go to the step where this is</source>
        <translation>اس مرحلے پر جائیں جہاں یہ ہے</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportItemDialog</name>
    <message>
        <source>Add support</source>
        <translation>مدد شامل کریں</translation>
    </message>
    <message>
        <source>Change support</source>
        <translation>مدد بدلیں</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>“%1” بدلیں</translation>
    </message>
    <message>
        <source>Notes (if you want to add anything)</source>
        <translation>نوٹس (اگر آپ کچھ شامل کرنا چاہیں)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Questions about this support</source>
        <translation>اس مدد کے بارے میں سوالات</translation>
    </message>
    <message>
        <source>Add this support</source>
        <translation>یہ مدد شامل کریں</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>تبدیلیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
    <message>
        <source>In your own words, for example “Swimming with Sam” or “Help to get up in the morning”</source>
        <translation>اپنے الفاظ میں، مثلاً “Sam کے ساتھ تیراکی” یا “صبح اٹھنے میں مدد”</translation>
    </message>
    <message>
        <source>What kind of support is it?</source>
        <translation>یہ کس قسم کی مدد ہے؟</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>ایک چنیں</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>اس کی لاگت کتنی ہے</translation>
    </message>
    <message>
        <source>Help from family, friends or your community costs nothing. It is still worth listing, so everyone knows who helps.</source>
        <translation>خاندان، دوستوں یا آپ کی برادری کی مدد پر کوئی خرچ نہیں ہوتا۔ پھر بھی اسے درج کرنا اچھا ہے، تاکہ سب جانیں کہ کون مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <source>Include the true cost of employing them (holiday, National Insurance, pension, insurance, payroll)</source>
        <translation>انہیں ملازم رکھنے کی اصل لاگت شامل کریں (چھٹیاں، نیشنل انشورنس، پنشن، بیمہ، تنخواہ کی سروس)</translation>
    </message>
    <message>
        <source>Untick this only if your assistant is self-employed or employed by someone else, so you pay their hourly rate and nothing more.</source>
        <translation>اس سے نشان صرف تب ہٹائیں جب آپ کا معاون اپنا کام خود کرتا ہو یا کسی اور کا ملازم ہو، تاکہ آپ صرف ان کی فی گھنٹہ شرح ادا کریں اور کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs…</source>
        <translation>ذاتی معاون کی لاگت معلوم کریں…</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs</source>
        <translation>ذاتی معاون کی لاگت معلوم کریں</translation>
    </message>
    <message>
        <source>How it is paid for</source>
        <translation>اس کی ادائیگی کیسے ہوتی ہے</translation>
    </message>
    <message>
        <source>Who pays for it?</source>
        <translation>اس کی ادائیگی کون کرتا ہے؟</translation>
    </message>
    <message>
        <source>Your plan uses a mix of ways to manage the money, so say which one pays for this.</source>
        <translation>آپ کا منصوبہ رقم کے انتظام کے کئی طریقے استعمال کرتا ہے، اس لیے بتائیں کہ اس کی ادائیگی کون سا طریقہ کرتا ہے۔</translation>
    </message>
    <message>
        <source>Paid by: %1. You chose this under “How my money is managed”.</source>
        <translation>ادائیگی کا طریقہ: %1۔ آپ نے یہ “میری رقم کا انتظام کیسے ہوتا ہے” میں چنا تھا۔</translation>
    </message>
    <message>
        <source>Which part of the budget pays for it?</source>
        <translation>بجٹ کا کون سا حصہ اس کی ادائیگی کرتا ہے؟</translation>
    </message>
    <message>
        <source>Your budget comes from more than one place (funding streams).</source>
        <translation>آپ کا بجٹ ایک سے زیادہ جگہوں سے آتا ہے (رقم کے ذرائع)۔</translation>
    </message>
    <message>
        <source>What it helps with</source>
        <translation>یہ کس چیز میں مدد کرتا ہے</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t say what matters to you yet. After you add that under “What matters to me”, you can say here what this support helps with.</source>
        <translation>آپ کا منصوبہ ابھی یہ نہیں بتاتا کہ آپ کے لیے کیا اہم ہے۔ جب آپ اسے “میرے لیے کیا اہم ہے” میں شامل کر لیں گے، تو یہاں بتا سکیں گے کہ یہ مدد کس چیز میں کام آتی ہے۔</translation>
    </message>
    <message>
        <source>Tick the things that matter to you that this helps with.</source>
        <translation>اپنے لیے اہم ان چیزوں پر نشان لگائیں جن میں یہ مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>Paying a relative</source>
        <translation>کسی رشتہ دار کو ادائیگی</translation>
    </message>
    <message>
        <source>A close relative who lives with me is paid for this</source>
        <translation>میرے ساتھ رہنے والے ایک قریبی رشتہ دار کو اس کی ادائیگی ہوتی ہے</translation>
    </message>
    <message>
        <source>Money paid to you (a direct payment) can pay a close relative who lives with you only if the council agrees it is necessary. Ask the council first, and tick the box below when they have agreed.</source>
        <translation>آپ کو دی جانے والی رقم (براہ راست ادائیگی) سے آپ کے ساتھ رہنے والے قریبی رشتہ دار کو ادائیگی صرف تب ہو سکتی ہے جب کونسل مان لے کہ یہ ضروری ہے۔ پہلے کونسل سے پوچھیں، اور ان کے ماننے پر نیچے والے خانے پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>The council has agreed</source>
        <translation>کونسل نے مان لیا ہے</translation>
    </message>
    <message>
        <source>Personal assistant</source>
        <translation>ذاتی معاون</translation>
    </message>
    <message>
        <source>Support details</source>
        <translation>مدد کی تفصیل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Your assistant&apos;s name</source>
        <translation>آپ کے معاون کا نام</translation>
    </message>
    <message>
        <source>Support from the same assistant is costed as one job.</source>
        <translation>ایک ہی معاون کی مدد کو ایک ہی ملازمت کے طور پر گنا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Who helps?</source>
        <translation>کون مدد کرتا ہے؟</translation>
    </message>
    <message>
        <source>For example Mum, a neighbour or a local group</source>
        <translation>مثلاً امی، کوئی پڑوسی یا کوئی مقامی گروپ</translation>
    </message>
    <message>
        <source>Who gives it?</source>
        <translation>یہ کون دیتا ہے؟</translation>
    </message>
    <message>
        <source>A name, an agency, a club or a shop</source>
        <translation>کوئی نام، ایجنسی، کلب یا دکان</translation>
    </message>
    <message>
        <source>Pay an hour (hourly wage), in pounds</source>
        <translation>فی گھنٹہ تنخواہ (فی گھنٹہ اجرت)، پاؤنڈ میں</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>You can use part hours, like 7.5</source>
        <translation>آپ گھنٹے کا حصہ بھی لکھ سکتے ہیں، جیسے 7.5</translation>
    </message>
    <message>
        <source>Price for each one, in pounds</source>
        <translation>ہر ایک کی قیمت، پاؤنڈ میں</translation>
    </message>
    <message>
        <source>For example the price of one hour, one session or one ticket</source>
        <translation>مثلاً ایک گھنٹے، ایک سیشن یا ایک ٹکٹ کی قیمت</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>کتنے</translation>
    </message>
    <message>
        <source>For example the number of hours, sessions or tickets. You can use part of one, like 7.5</source>
        <translation>مثلاً گھنٹوں، سیشنز یا ٹکٹوں کی تعداد۔ آپ کسی ایک کا حصہ بھی لکھ سکتے ہیں، جیسے 7.5</translation>
    </message>
    <message>
        <source>Fill in the pay an hour and the hours to see what this costs.</source>
        <translation>اس کی لاگت دیکھنے کے لیے فی گھنٹہ تنخواہ اور گھنٹے لکھیں۔</translation>
    </message>
    <message>
        <source>Fill in the price and how many to see what this costs.</source>
        <translation>اس کی لاگت دیکھنے کے لیے قیمت اور تعداد لکھیں۔</translation>
    </message>
    <message>
        <source>Fill in the pay an hour and the hours to see the cost of employing them.</source>
        <translation>انہیں ملازم رکھنے کی لاگت دیکھنے کے لیے فی گھنٹہ تنخواہ اور گھنٹے لکھیں۔</translation>
    </message>
    <message>
        <source>This support costs nothing.</source>
        <translation>اس مدد پر کوئی خرچ نہیں۔</translation>
    </message>
    <message>
        <source>This costs %1 once, counted in the plan year.</source>
        <translation>اس کی لاگت ایک بار %1 ہے، جو منصوبے کے سال میں شمار ہوتی ہے۔</translation>
    </message>
    <message>
        <source>This costs %1 a week, %2 a year, with the costs of employing them.</source>
        <translation>اس کی لاگت %1 فی ہفتہ، %2 فی سال ہے، انہیں ملازم رکھنے کے اخراجات سمیت۔</translation>
    </message>
    <message>
        <source>This costs %1 a week, %2 a year.</source>
        <translation>اس کی لاگت %1 فی ہفتہ، %2 فی سال ہے۔</translation>
    </message>
    <message>
        <source>%1 also gives other support in your plan, so the cost of employing them is worked out for all of it together. This support&apos;s share is %2.</source>
        <translation>%1 آپ کے منصوبے میں دوسری مدد بھی دیتے ہیں، اس لیے انہیں ملازم رکھنے کی لاگت سب کے لیے ملا کر نکالی جاتی ہے۔ اس مدد کا حصہ %2 ہے۔</translation>
    </message>
    <message>
        <source>Say what the support is, for example “Swimming with Sam” or “Help to get up”</source>
        <translation>بتائیں کہ یہ مدد کیا ہے، مثلاً “Sam کے ساتھ تیراکی” یا “اٹھنے میں مدد”</translation>
    </message>
    <message>
        <source>Choose what kind of support it is</source>
        <translation>چنیں کہ یہ کس قسم کی مدد ہے</translation>
    </message>
    <message>
        <source>Enter the pay an hour, like 12.71</source>
        <translation>فی گھنٹہ تنخواہ لکھیں، جیسے 12.71</translation>
    </message>
    <message>
        <source>Enter the price, like 12.71 or 50. If you don&apos;t know it yet, enter 0</source>
        <translation>قیمت لکھیں، جیسے 12.71 یا 50۔ اگر ابھی معلوم نہیں تو 0 لکھیں</translation>
    </message>
    <message numerus="yes">
        <source>There are %n things to put right:</source>
        <translation>
            <numerusform>%n چیز ٹھیک کرنی ہے:</numerusform>
            <numerusform>%n چیزیں ٹھیک کرنی ہیں:</numerusform>
        </translation>
    </message>
    <message>
        <source>change “%1”</source>
        <translation>“%1” بدلنا</translation>
    </message>
    <message>
        <source>This support could not be saved. Please try again.</source>
        <translation>یہ مدد محفوظ نہیں ہو سکی۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportItemsModel</name>
    <message>
        <source>No cost</source>
        <translation>کوئی لاگت نہیں</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>بلا معاوضہ</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>ابھی منسلک نہیں</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Unpaid support costs nothing</source>
        <translation>بلا معاوضہ مدد پر کوئی خرچ نہیں</translation>
    </message>
    <message>
        <source>Includes the costs of employing them: holiday pay, National Insurance, pension, insurance and payroll</source>
        <translation>ملازم رکھنے کے اخراجات شامل ہیں: چھٹیوں کی تنخواہ، نیشنل انشورنس، پنشن، بیمہ اور تنخواہ کی سروس</translation>
    </message>
    <message>
        <source>A one-off cost, counted in full in the plan year</source>
        <translation>ایک بار کی لاگت، جو منصوبے کے سال میں پوری شمار ہوتی ہے</translation>
    </message>
    <message>
        <source>Choose Change to say which outcomes it helps with</source>
        <translation>یہ بتانے کے لیے کہ یہ کن نتائج میں مدد کرتا ہے، “بدلیں” چنیں</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <source>Cost a week</source>
        <translation>ہفتہ وار لاگت</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>سالانہ لاگت</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ادائیگی کا ذریعہ</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>کس میں مدد کرتا ہے</translation>
    </message>
</context>
<context>
    <name>pb::ui::SupportStep</name>
    <message>
        <source>My support</source>
        <translation>میری مدد</translation>
    </message>
    <message>
        <source>List the support you will use, who gives it and what it costs. Include help that costs nothing.</source>
        <translation>وہ مدد درج کریں جو آپ استعمال کریں گے، کون دیتا ہے اور اس کی لاگت کتنی ہے۔ وہ مدد بھی شامل کریں جس پر کوئی خرچ نہیں۔</translation>
    </message>
    <message>
        <source>The support in my plan</source>
        <translation>میرے منصوبے میں مدد</translation>
    </message>
    <message>
        <source>Add support</source>
        <translation>مدد شامل کریں</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>Change the chosen support</source>
        <translation>چنی ہوئی مدد بدلیں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the chosen support</source>
        <translation>چنی ہوئی مدد ہٹائیں</translation>
    </message>
    <message>
        <source>Takes it out of the plan. Undo (Ctrl+Z) puts it back.</source>
        <translation>اسے منصوبے سے نکال دیتا ہے۔ واپس کریں (Ctrl+Z) اسے واپس لے آتا ہے۔</translation>
    </message>
    <message>
        <source>You haven&apos;t added any support yet. Choose “Add support” to start. Include help from family, friends or your community, which costs nothing.</source>
        <translation>آپ نے ابھی کوئی مدد شامل نہیں کی۔ شروع کرنے کے لیے “مدد شامل کریں” چنیں۔ خاندان، دوستوں یا اپنی برادری کی مدد بھی شامل کریں، جس پر کوئی خرچ نہیں۔</translation>
    </message>
    <message>
        <source>Enter or double-click changes the chosen support; Delete removes it.</source>
        <translation>Enter یا دو بار کلک کرنے سے چنی ہوئی مدد بدلتی ہے؛ Delete اسے ہٹا دیتا ہے۔</translation>
    </message>
    <message>
        <source>Work out what a personal assistant costs</source>
        <translation>ذاتی معاون کی لاگت معلوم کریں</translation>
    </message>
    <message>
        <source>Employing a personal assistant costs more than their pay. See what it costs with holiday pay, National Insurance, a pension, insurance and payroll.</source>
        <translation>ذاتی معاون کو ملازم رکھنے کی لاگت ان کی تنخواہ سے زیادہ ہوتی ہے۔ دیکھیں کہ چھٹیوں کی تنخواہ، نیشنل انشورنس، پنشن، بیمہ اور تنخواہ کی سروس کے ساتھ لاگت کتنی ہے۔</translation>
    </message>
    <message>
        <source>If my support can&apos;t come (back-up plan)</source>
        <translation>اگر میری مدد نہ آ سکے (متبادل منصوبہ)</translation>
    </message>
    <message>
        <source>What happens if my support can&apos;t come?</source>
        <translation>اگر میری مدد نہ آ سکے تو کیا ہو گا؟</translation>
    </message>
    <message>
        <source>For example: “If my assistant is ill, my sister Jo comes. If she can&apos;t, I ring the agency.”</source>
        <translation>مثلاً: “اگر میرا معاون بیمار ہو تو میری بہن Jo آتی ہے۔ اگر وہ نہ آ سکے تو میں ایجنسی کو فون کرتا/کرتی ہوں۔”</translation>
    </message>
    <message>
        <source>Who to call (back-up contact)</source>
        <translation>کس کو فون کرنا ہے (متبادل رابطہ)</translation>
    </message>
    <message>
        <source>A person or a service</source>
        <translation>کوئی شخص یا سروس</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>ان کا فون نمبر</translation>
    </message>
    <message>
        <source>change the back-up plan</source>
        <translation>متبادل منصوبہ بدلنا</translation>
    </message>
    <message>
        <source>Total: %1 a week, %2 a year</source>
        <translation>کل: %1 فی ہفتہ، %2 فی سال</translation>
    </message>
    <message>
        <source>Personal assistants are costed with holiday pay, National Insurance, a pension, insurance and payroll, using the rates as of %1.</source>
        <translation>ذاتی معاونین کی لاگت چھٹیوں کی تنخواہ، نیشنل انشورنس، پنشن، بیمہ اور تنخواہ کی سروس کے ساتھ نکالی جاتی ہے، %1 کی شرحوں کے مطابق۔</translation>
    </message>
    <message>
        <source>Things to look at:</source>
        <translation>دیکھنے کی چیزیں:</translation>
    </message>
    <message>
        <source>See details</source>
        <translation>تفصیل دیکھیں</translation>
    </message>
    <message>
        <source>See the details of the chosen support</source>
        <translation>چنی ہوئی مدد کی تفصیل دیکھیں</translation>
    </message>
    <message>
        <source>Removed “%1”. To put it back, choose Undo (Ctrl+Z).</source>
        <translation>“%1” ہٹا دیا گیا۔ اسے واپس لانے کے لیے “واپس کریں” (Ctrl+Z) چنیں۔</translation>
    </message>
</context>
<context>
    <name>pb::ui::ThemeCountsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>ٹھیک چل رہا ہے</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>ٹھیک نہیں چل رہا</translation>
    </message>
    <message>
        <source>For the future</source>
        <translation>مستقبل کے لیے</translation>
    </message>
    <message>
        <source>About outcomes</source>
        <translation>نتائج کے بارے میں</translation>
    </message>
    <message>
        <source>All</source>
        <translation>سب</translation>
    </message>
</context>
<context>
    <name>pb::ui::VersionTableModel</name>
    <message>
        <source>%1 (open now)</source>
        <extracomment>the status of the version shown in the window: &quot;Draft (open now)&quot;</extracomment>
        <translation>%1 (ابھی کھلا ہے)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>when and by whom a version was agreed: &quot;20 April 2026 by Grace Thompson&quot;</extracomment>
        <translation>%1، %2 کی طرف سے</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>ابھی جائزہ نہیں ہوا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a table cell read out with its column: &quot;Status: Agreed&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>بنانے کی تاریخ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>جائزے</translation>
    </message>
</context>
<context>
    <name>pb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Personal Budget Planner</source>
        <translation>Personal Budget Planner میں خوش آمدید</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>This program helps you plan how to use your personal budget for care and support. Everything you type is saved on this computer as you go.</source>
        <translation>یہ پروگرام دیکھ بھال اور مدد کے لیے آپ کے ذاتی بجٹ کے استعمال کا منصوبہ بنانے میں آپ کی مدد کرتا ہے۔ آپ جو کچھ لکھتے ہیں وہ ساتھ ساتھ اسی کمپیوٹر پر محفوظ ہوتا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Start with my own plan</source>
        <translation>اپنے منصوبے سے شروع کریں</translation>
    </message>
    <message>
        <source>Start with an example caseload to look around</source>
        <translation>ادھر ادھر دیکھنے کے لیے مثال کے کیس لوڈ سے شروع کریں</translation>
    </message>
</context>
<context>
    <name>pb::ui::WorseOutcomesModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an outcome and its life area: &quot;See my friends (People and community)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>کیا کہا گیا</translation>
    </message>
</context>
</TS>
