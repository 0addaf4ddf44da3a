<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Education</source>
        <translation>教育经历</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>实习经历</translation>
    </message>
</context>
<context>
    <name>BibtexReader</name>
    <message>
        <source>text outside an entry (ignored)</source>
        <translation>条目之外的文本（已忽略）</translation>
    </message>
    <message>
        <source>expected an entry type after &apos;@&apos;</source>
        <translation>&apos;@&apos; 之后应为条目类型</translation>
    </message>
    <message>
        <source>&apos;{&apos; or &apos;(&apos;</source>
        <translation>&apos;{&apos; 或 &apos;(&apos;</translation>
    </message>
    <message>
        <source>a macro name</source>
        <translation>宏名称</translation>
    </message>
    <message>
        <source>&apos;,&apos; after the key</source>
        <translation>键之后的 &apos;,&apos;</translation>
    </message>
    <message>
        <source>a field name or &apos;%1&apos;</source>
        <translation>字段名或 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the field %1 is given twice; the first is used</source>
        <translation>字段 %1 出现了两次；使用第一个</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; 或 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>unknown macro %1 (read as empty)</source>
        <translation>未知的宏 %1（按空值读取）</translation>
    </message>
    <message>
        <source>macros expand to more text than the input can hold; stopped here</source>
        <translation>宏展开后的文本超出了输入所能容纳的长度；在此停止</translation>
    </message>
    <message>
        <source>braces nested more than %1 deep; entry skipped</source>
        <translation>花括号嵌套超过 %1 层；已跳过该条目</translation>
    </message>
    <message>
        <source>a &apos;}&apos; without its &apos;{&apos;; entry skipped</source>
        <translation>出现没有对应 &apos;{&apos; 的 &apos;}&apos;；已跳过该条目</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>字节 0x%1</translation>
    </message>
    <message>
        <source>expected %1, got %2; entry skipped</source>
        <translation>应为 %1，实际为 %2；已跳过该条目</translation>
    </message>
    <message>
        <source>not closed before the end of the input; entry skipped</source>
        <translation>直到输入结束仍未闭合；已跳过该条目</translation>
    </message>
    <message>
        <source>not closed before the next entry on line %1; entry skipped</source>
        <translation>在第 %1 行的下一个条目之前未闭合；已跳过该条目</translation>
    </message>
    <message>
        <source>no citation key; entry skipped</source>
        <translation>缺少引用键；已跳过该条目</translation>
    </message>
    <message>
        <source>a key may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; read as %1</source>
        <translation>键只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;；已按 %1 读取</translation>
    </message>
    <message>
        <source>the key %1 is already used on line %2; entry skipped</source>
        <translation>键 %1 已在第 %2 行使用；已跳过该条目</translation>
    </message>
    <message>
        <source>no title; entry skipped</source>
        <translation>缺少标题；已跳过该条目</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>缺少作者</translation>
    </message>
    <message>
        <source>year: expected a whole number, got &quot;%1&quot;</source>
        <translation>year：应为整数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>date: expected a date such as &quot;2026-05-31&quot;, got &quot;%1&quot;</source>
        <translation>date：应为形如 &quot;2026-05-31&quot; 的日期，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>selected: expected yes, no, true or false, got &quot;%1&quot;</source>
        <translation>selected：应为 yes、no、true 或 false，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: only http and https addresses become links, got &quot;%2&quot; (ignored)</source>
        <translation>%1：只有 http 和 https 地址会成为链接，实际为 &quot;%2&quot;（已忽略）</translation>
    </message>
    <message>
        <source>not valid UTF-8; the bytes that are not were replaced, first in this field</source>
        <translation>不是有效的 UTF-8；无效字节已被替换，首次出现在此字段</translation>
    </message>
    <message>
        <source>stopped after %1 problems</source>
        <translation>发现 %1 个问题后停止</translation>
    </message>
    <message>
        <source>the input is %1 MiB; BibTeX files are limited to %2 MiB</source>
        <translation>输入大小为 %1 MiB；BibTeX 文件限制为 %2 MiB</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>BoundedDownload</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The saved draft could not be read; it was kept as %1.</source>
        <translation>无法读取保存的草稿，已另存为 %1。</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Publication: %1</source>
        <translation>相关论文：%1</translation>
    </message>
    <message>
        <source>%1 – now</source>
        <translation>%1 – 至今</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 publications</source>
        <translation>%1：%2 篇论文</translation>
    </message>
</context>
<context>
    <name>Inquiry</name>
    <message>
        <source>An address has at most %1 characters.</source>
        <translation>邮箱地址最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This is not an e-mail address like name@example.org.</source>
        <translation>这不是有效的邮箱地址，应形如 name@example.org。</translation>
    </message>
    <message>
        <source>%1 characters; at most %2.</source>
        <translation>共 %1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The portfolio gives no address; enter the one to write to.</source>
        <translation>作品集未提供邮箱，请填写收件地址。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请填写您的姓名。</translation>
    </message>
    <message>
        <source>Enter your e-mail address, so that you can be answered.</source>
        <translation>请填写您的邮箱，以便对方回复。</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>请填写主题。</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>请填写正文。</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>您的邮箱</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>InquiryTemplate</name>
    <message>
        <source>Academic cooperation</source>
        <translation>学术合作</translation>
    </message>
    <message>
        <source>Invited talk</source>
        <translation>报告邀请</translation>
    </message>
    <message>
        <source>Technical discussion</source>
        <translation>技术交流</translation>
    </message>
    <message>
        <source>Internship application</source>
        <translation>实习申请</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>您好！</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的 %1：</translation>
    </message>
    <message>
        <source>I am writing to propose an academic cooperation with you.</source>
        <translation>冒昧来信，希望能与您开展学术合作。</translation>
    </message>
    <message>
        <source>I am writing to propose an academic cooperation with you on %1.</source>
        <translation>冒昧来信，希望能与您在“%1”方向开展学术合作。</translation>
    </message>
    <message>
        <source>I would like to invite you to give a talk.</source>
        <translation>诚挚邀请您来做一场报告。</translation>
    </message>
    <message>
        <source>I would like to invite you to give a talk on %1.</source>
        <translation>诚挚邀请您围绕“%1”做一场报告。</translation>
    </message>
    <message>
        <source>I would like to discuss a technical question with you.</source>
        <translation>有一个技术问题想向您请教。</translation>
    </message>
    <message>
        <source>I would like to discuss a technical question about %1 with you.</source>
        <translation>有一个关于“%1”的技术问题想向您请教。</translation>
    </message>
    <message>
        <source>I would like to apply for an internship in your team.</source>
        <translation>我希望申请加入您团队实习。</translation>
    </message>
    <message>
        <source>I would like to apply for an internship in your team, working on %1.</source>
        <translation>我希望申请加入您团队实习，从事“%1”方向的工作。</translation>
    </message>
    <message>
        <source>My message concerns your paper “%1”.</source>
        <translation>此信与您的论文《%1》有关。</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>此致
敬礼</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>required, but empty</source>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a date such as &quot;2026&quot;, &quot;2026-05&quot; or &quot;2026-05-31&quot;</source>
        <translation>形如 &quot;2026&quot;、&quot;2026-05&quot; 或 &quot;2026-05-31&quot; 的日期</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>unknown key (ignored)</source>
        <translation>未知的键（已忽略）</translation>
    </message>
    <message>
        <source>stopped after %1 errors</source>
        <translation>出现 %1 个错误后停止检查</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>必填，但缺失</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
</context>
<context>
    <name>MailComposerDialog</name>
    <message>
        <source>Write an Inquiry</source>
        <translation>写信咨询</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>您的邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Inquiry:</source>
        <translation>咨询类型(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>论文(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>正文(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Discard the draft once it is sent or saved</source>
        <translation>发送或保存后删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Open in Mail &amp;App</source>
        <translation>用邮件应用打开(&amp;A)</translation>
    </message>
    <message>
        <source>Open the message in the desktop’s mail app</source>
        <translation>在系统的邮件应用中打开这封信</translation>
    </message>
    <message>
        <source>&amp;Gmail</source>
        <translation>&amp;Gmail</translation>
    </message>
    <message>
        <source>Open the message on Gmail’s compose page in the browser</source>
        <translation>在浏览器中打开 Gmail 的写信页面</translation>
    </message>
    <message>
        <source>O&amp;utlook</source>
        <translation>O&amp;utlook</translation>
    </message>
    <message>
        <source>Open the message on Outlook’s compose page in the browser</source>
        <translation>在浏览器中打开 Outlook 的写信页面</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy To, Subject and the message as plain text</source>
        <translation>以纯文本复制收件人、主题和正文</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .eml…</source>
        <translation>存为 .eml(&amp;V)…</translation>
    </message>
    <message>
        <source>Save a draft message that mail apps open</source>
        <translation>保存为邮件应用可以打开的草稿</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Write to %1.</source>
        <translation>给 %1 写信。</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>The inquiry was handed to your mail app.</source>
        <translation>已交给您的邮件应用。</translation>
    </message>
    <message>
        <source>No mail app opened the message. Copy it or save it as .eml instead.</source>
        <translation>没有邮件应用打开这封信。请改用复制或存为 .eml。</translation>
    </message>
    <message>
        <source>The inquiry was opened on Gmail in your browser.</source>
        <translation>已在浏览器中用 Gmail 打开。</translation>
    </message>
    <message>
        <source>No browser opened Gmail. Copy the message or save it as .eml instead.</source>
        <translation>没有浏览器打开 Gmail。请改用复制或存为 .eml。</translation>
    </message>
    <message>
        <source>The inquiry was opened on Outlook in your browser.</source>
        <translation>已在浏览器中用 Outlook 打开。</translation>
    </message>
    <message>
        <source>No browser opened Outlook. Copy the message or save it as .eml instead.</source>
        <translation>没有浏览器打开 Outlook。请改用复制或存为 .eml。</translation>
    </message>
    <message>
        <source>No particular topic</source>
        <translation>不限方向</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unsent Inquiry</source>
        <translation>未发送的信</translation>
    </message>
    <message>
        <source>Continue the inquiry you did not send?</source>
        <translation>要继续写那封未发送的信吗？</translation>
    </message>
    <message>
        <source>Saved %1
Subject: %2</source>
        <translation>保存于 %1
主题：%2</translation>
    </message>
    <message>
        <source>Continue Writing</source>
        <translation>继续写</translation>
    </message>
    <message>
        <source>Discard It</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>To send: %1 – %2</source>
        <translation>发送前：%1 – %2</translation>
    </message>
    <message>
        <source>The mail link is %1 characters long, and some mail apps cut links past about %2. Copy and Save as .eml always keep the whole message.</source>
        <translation>邮件链接长 %1 个字符，部分邮件应用会截断超过约 %2 个字符的链接。复制或存为 .eml 总能保留完整内容。</translation>
    </message>
    <message>
        <source>The inquiry is on the clipboard; the draft is kept until you send it.</source>
        <translation>已复制到剪贴板；草稿会保留到您发送为止。</translation>
    </message>
    <message>
        <source>Save Inquiry</source>
        <translation>保存信件</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>邮件 (*.eml)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The inquiry was saved as %1; open it in your mail app to send it.</source>
        <translation>已保存为 %1，用邮件应用打开即可发送。</translation>
    </message>
    <message>
        <source>The draft is kept.</source>
        <translation>草稿已保留。</translation>
    </message>
    <message>
        <source>Keep this inquiry as a draft?</source>
        <translation>把这封信保留为草稿吗？</translation>
    </message>
    <message>
        <source>A kept draft is offered again the next time you write an inquiry.</source>
        <translation>下次写信时会提示您继续这份草稿。</translation>
    </message>
    <message>
        <source>Keep Draft</source>
        <translation>保留草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Continue &amp;Writing</source>
        <translation>继续写(&amp;W)</translation>
    </message>
    <message>
        <source>Disca&amp;rd</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Write an &amp;Inquiry…</source>
        <translation>写信咨询(&amp;I)…</translation>
    </message>
    <message>
        <source>Write to the portfolio&apos;s owner about a collaboration, a talk, a paper or an internship</source>
        <translation>就合作、报告、论文或实习给作品集主人写信</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Portfolio…</source>
        <translation>打开作品集(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Show &amp;Embedded Portfolio</source>
        <translation>显示内置作品集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Find Publications…</source>
        <translation>查找论文(&amp;F)…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>An inquiry you did not send was kept (%1, saved %2).</source>
        <translation>有一封未发送的信已保留（%1，保存于 %2）。</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>%1 is shown, but it has warnings:</source>
        <translation>已显示 %1，但有以下警告：</translation>
    </message>
    <message>
        <source>%1 cannot be shown because of the problems below. Showing %2 instead.</source>
        <translation>%1 有下列问题，无法显示。现显示%2。</translation>
    </message>
    <message>
        <source>the embedded portfolio</source>
        <translation>内置作品集</translation>
    </message>
    <message>
        <source>%1 – Portfolio</source>
        <translation>%1 – 作品集</translation>
    </message>
    <message>
        <source>%1 snapshot on %2: %3 publications, %4 citations, h-index %5.</source>
        <translation>%1 %2 快照：%3 篇论文，%4 次引用，h 指数 %5。</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Leadership and impact</source>
        <translation>领导力与影响</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Selected publications</source>
        <translation>代表性论文</translation>
    </message>
    <message>
        <source>Visit homepage</source>
        <translation>访问主页</translation>
    </message>
    <message>
        <source>Write an Inquiry…</source>
        <translation>写信咨询…</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>写信给 %1</translation>
    </message>
    <message>
        <source>Compose an inquiry (%1)</source>
        <translation>写信咨询（%1）</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>其他邮箱：%1</translation>
    </message>
    <message>
        <source>Current collaboration interests</source>
        <translation>当前合作方向</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>实习生</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>打开作品集</translation>
    </message>
    <message>
        <source>Portfolios (*.json);;All files (*)</source>
        <translation>作品集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Portfolio %1</source>
        <translation>作品集 %1</translation>
    </message>
    <message>
        <source>Showing the portfolio of %1.
Source: %2

A desktop viewer for professional portfolios, built with Qt %3.</source>
        <translation>正在显示 %1 的作品集。
来源：%2

一款查看专业作品集的桌面应用，基于 Qt %3 构建。</translation>
    </message>
    <message>
        <source>embedded in the application</source>
        <translation>应用内置</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Export Portfolio as &amp;JSON…</source>
        <translation>将作品集导出为 &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the portfolio shown in the app&apos;s own format, to edit it or to share it</source>
        <translation>以本应用的格式保存当前作品集，便于编辑或分享</translation>
    </message>
    <message>
        <source>Export Publications as &amp;BibTeX…</source>
        <translation>将论文导出为 &amp;BibTeX…</translation>
    </message>
    <message>
        <source>Save every publication as a BibTeX entry</source>
        <translation>把每篇论文保存为 BibTeX 条目</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>导出作品集</translation>
    </message>
    <message>
        <source>Portfolios (*.json)</source>
        <translation>作品集 (*.json)</translation>
    </message>
    <message>
        <source>Export Publications</source>
        <translation>导出论文</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>打开网址(&amp;A)…</translation>
    </message>
    <message>
        <source>Show a portfolio from the web; a copy is kept for reading it offline</source>
        <translation>显示网上的作品集；会保留一份副本供离线阅读</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Read the portfolio&apos;s files again and ask the web for newer copies</source>
        <translation>重新读取作品集的文件，并从网上获取更新的副本</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Downloading %1… %2 is shown until it arrives.</source>
        <translation>正在下载 %1…… 下载完成前显示%2。</translation>
    </message>
    <message>
        <source>The embedded portfolio</source>
        <translation>内置作品集</translation>
    </message>
    <message>
        <source>The new version of %1 cannot be shown because of the problems below. The last good version stays.</source>
        <translation>由于以下问题，无法显示 %1 的新版本。保留上一个正常的版本。</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <source>Address of a portfolio file (https://…):</source>
        <translation>作品集文件的网址（https://…）：</translation>
    </message>
    <message>
        <source>%1 More on the Publications Page</source>
        <translation>“论文”页面中还有 %1 篇</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>redirected to a less safe address</source>
        <translation>被重定向到不够安全的地址</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>redirected to an unsupported scheme</source>
        <translation>被重定向到不支持的协议</translation>
    </message>
</context>
<context>
    <name>PortfolioLoader</name>
    <message>
        <source>expected an http or https address, got %1</source>
        <translation>应为 http 或 https 地址，实际为 %1</translation>
    </message>
    <message>
        <source>an id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, got %1</source>
        <translation>id 只能包含字母、数字、“.”、“_”和“-”，实际为 %1</translation>
    </message>
    <message>
        <source>a second author is marked as the owner</source>
        <translation>又有一位作者被标记为作品集主人</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>必填，但缺失</translation>
    </message>
    <message>
        <source>the id %1 is already used by publications[%2]</source>
        <translation>id %1 已被 publications[%2] 使用</translation>
    </message>
    <message>
        <source>no publication has the id %1</source>
        <translation>没有 id 为 %1 的论文</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; portfolios are limited to %3 MiB</source>
        <translation>%1大小为 %2 MiB；作品集最大 %3 MiB</translation>
    </message>
    <message>
        <source>required, but missing; this app reads format version %1</source>
        <translation>必填，但缺失；本应用读取格式版本 %1</translation>
    </message>
    <message>
        <source>this app reads format version %1, got %2</source>
        <translation>本应用读取格式版本 %1，实际为 %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>文件为空；应为 JSON 对象</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, got a list</source>
        <translation>顶层应为 JSON 对象，实际为列表</translation>
    </message>
</context>
<context>
    <name>PortfolioSource</name>
    <message>
        <source>the download is broken</source>
        <translation>下载的内容已损坏</translation>
    </message>
    <message>
        <source>has no entries</source>
        <translation>没有任何条目</translation>
    </message>
    <message>
        <source>it cannot be kept for offline use: %1</source>
        <translation>无法保存以供离线使用：%1</translation>
    </message>
    <message>
        <source>cannot be downloaded: %1</source>
        <translation>无法下载：%1</translation>
    </message>
    <message>
        <source>skipped: the portfolio already has a publication with this id</source>
        <translation>已跳过：作品集中已有同一 id 的论文</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Copy from %2, asking for a newer one: %1…</source>
        <translation>%2的副本，正在检查是否有更新的版本：%1…</translation>
    </message>
    <message>
        <source>Copy from %3: %1 could not be updated (%2).</source>
        <translation>%3的副本：%1 无法更新（%2）。</translation>
    </message>
    <message>
        <source>Up to date at %2: %1.</source>
        <translation>%2 时已是最新：%1。</translation>
    </message>
</context>
<context>
    <name>PublicationDetailPane</name>
    <message>
        <source>Select a publication to see its details.</source>
        <translation>选择一篇论文以查看详情。</translation>
    </message>
    <message>
        <source>Copy &amp;BibTeX</source>
        <translation>复制 &amp;BibTeX</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>复制引用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ask About This Paper…</source>
        <translation>就此论文提问(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry for this publication</source>
        <translation>复制这篇论文的 BibTeX 条目</translation>
    </message>
    <message>
        <source>Copy a one-line citation as plain text</source>
        <translation>以纯文本复制一行引用</translation>
    </message>
    <message>
        <source>Write to the author about this paper</source>
        <translation>就这篇论文给作者写信</translation>
    </message>
    <message>
        <source>* equal contribution</source>
        <translation>* 同等贡献</translation>
    </message>
    <message>
        <source>† corresponding author</source>
        <translation>† 通讯作者</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>et al.</source>
        <translation>等</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>发表于</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>et al.</source>
        <translation>等</translation>
    </message>
</context>
<context>
    <name>PublicationsPage</name>
    <message>
        <source>Search titles, authors, venues, topics (Ctrl+F)</source>
        <translation>搜索标题、作者、会议期刊、方向（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>会议期刊(&amp;V)</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Search publications</source>
        <translation>搜索论文</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Show publications as a list with thumbnails</source>
        <translation>以带缩略图的列表显示论文</translation>
    </message>
    <message>
        <source>Show publications as a compact table</source>
        <translation>以紧凑表格显示论文</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会议期刊</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>发表于</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>排序：%1</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>无年份</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>无会议期刊</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 / %2 篇</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>刚才</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>%L1 minutes ago</source>
        <translation>%L1 分钟前</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>%L1 hours ago</source>
        <translation>%L1 小时前</translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%L1 days ago</source>
        <translation>%L1 天前</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>News</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>经历</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
</context>
<context>
    <name>SourceCache</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>SourceLocation</name>
    <message>
        <source>an empty name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>a portfolio from the web may name only http and https addresses</source>
        <translation>网上的作品集只能引用 http 和 https 网址</translation>
    </message>
    <message>
        <source>only files and http and https addresses can be read</source>
        <translation>只能读取文件以及 http 和 https 网址</translation>
    </message>
    <message>
        <source>only a portfolio file can name files relative to itself</source>
        <translation>只有作品集文件才能使用相对于自身的文件路径</translation>
    </message>
</context>
<context>
    <name>ThumbnailDecoder</name>
    <message>
        <source>damaged image</source>
        <translation>图片已损坏</translation>
    </message>
    <message>
        <source>more than %L1 pixels</source>
        <translation>超过 %L1 像素</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是图片</translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>不支持的协议“%1”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>a valid portfolio (publications: %1)</source>
        <translation>有效的作品集（论文：%1 篇）</translation>
    </message>
    <message>
        <source>Shows a professional portfolio: by default the embedded one.</source>
        <translation>显示专业作品集，默认显示内置作品集。</translation>
    </message>
    <message>
        <source>Print every problem in &lt;file&gt;, one per line, and exit: 0 when it is valid, 1 when not. Needs no display. :/portfolio.json is the embedded portfolio.</source>
        <translation>逐行列出 &lt;file&gt; 中的每个问题后退出：有效时返回 0，否则返回 1。无需显示器。:/portfolio.json 表示内置作品集。</translation>
    </message>
    <message>
        <source>Open on section &lt;name&gt;: %1.</source>
        <translation>打开时显示栏目 &lt;name&gt;：%1。</translation>
    </message>
    <message>
        <source>Open on the publication with the id &lt;id&gt;.</source>
        <translation>打开时显示 id 为 &lt;id&gt; 的论文。</translation>
    </message>
    <message>
        <source>Open the inquiry composer, about the --publication if one is given.</source>
        <translation>打开写信窗口；若给出 --publication，则就该论文写信。</translation>
    </message>
    <message>
        <source>Quit once the main window has painted its first frame, printing the time it did.</source>
        <translation>主窗口绘制出第一帧后退出，并打印绘制的时间。</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;; choose one of: %2.</source>
        <translation>未知栏目“%1”，可选：%2。</translation>
    </message>
    <message>
        <source>No publication has the id &quot;%1&quot;.</source>
        <translation>没有 id 为“%1”的论文。</translation>
    </message>
    <message>
        <source>Show the portfolio in &lt;file&gt;, or at an http(s) address; a copy of a downloaded one is kept for reading it offline.</source>
        <translation>显示 &lt;file&gt; 中或某个 http(s) 网址上的作品集；下载的作品集会保留一份副本供离线阅读。</translation>
    </message>
    <message>
        <source>Add the publications in the BibTeX &lt;file&gt;, or at an http(s) address, to the portfolio shown; may be given more than once.</source>
        <translation>将 BibTeX &lt;file&gt; 中或某个 http(s) 网址上的论文加入所显示的作品集；可多次指定。</translation>
    </message>
</context>
</TS>
