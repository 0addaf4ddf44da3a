#include "BibtexReader.h"
#include "Citation.h"
#include "LatexText.h"
#include "PortfolioLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/bibtex/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

Author person(const QString &name, bool equalContribution = false, bool corresponding = false)
{
    Author author;
    author.name = name;
    author.equalContribution = equalContribution;
    author.corresponding = corresponding;
    return author;
}

Author elision()
{
    Author author;
    author.elided = true;
    return author;
}

Publication publication(const QString &id, const QString &title, const QList<Author> &authors, const QString &venue,
                        int year)
{
    Publication result;
    result.id = id;
    result.title = title;
    result.authors = authors;
    result.venue = venue;
    result.year = year;
    return result;
}

QString describe(const Author &author)
{
    return QStringLiteral("%1 elided=%2 equal=%3 corresponding=%4 owner=%5")
        .arg(author.name)
        .arg(author.elided)
        .arg(author.equalContribution)
        .arg(author.corresponding)
        .arg(author.owner);
}

QStringList describe(const QList<Author> &authors)
{
    QStringList result;
    for (const Author &author : authors) {
        result.append(describe(author));
    }
    return result;
}

QStringList describe(const QList<Link> &links)
{
    QStringList result;
    for (const Link &link : links) {
        result.append(link.label + u' ' + link.url.toString());
    }
    return result;
}

QStringList describe(const QList<Problem> &problems)
{
    QStringList result;
    for (const Problem &problem : problems) {
        result.append(QString::number(int(problem.severity)) + u' ' + problem.toString());
    }
    return result;
}

// Every field, so a value read into the wrong member shows up.
void compareAll(const Publication &actual, const Publication &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(describe(actual.authors), describe(expected.authors));
    QCOMPARE(actual.venue, expected.venue);
    QCOMPARE(actual.year, expected.year);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.topic, expected.topic);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.selected, expected.selected);
    QCOMPARE(describe(actual.links), describe(expected.links));
    QCOMPARE(actual.thumbnail, expected.thumbnail);
    QCOMPARE(actual.arxiv, expected.arxiv);
    QCOMPARE(actual.doi, expected.doi);
}

Problem warning(int line, int column, const QString &path, const QString &message)
{
    return {Problem::Severity::Warning, path, line, column, message};
}

} // namespace

class TestBibtexReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latexText_data();
    void latexText();
    void trickyFile();
    void brokenFile();
    void generatedFile();
    void citationReadsBack();
    void dates_data();
    void dates();
    void hostileInput_data();
    void hostileInput();
    void everyPrefix();
    void randomBytes();
    void invalidUtf8();
    void tooLarge();
};

void TestBibtexReader::latexText_data()
{
    QTest::addColumn<QString>("latex");
    QTest::addColumn<QString>("text");
    QTest::newRow("braced umlaut") << u"{\\\"u}ber"_qs << u"über"_qs;
    QTest::newRow("acute, braced argument") << u"{\\'{e}}t{\\'e}"_qs << u"été"_qs;
    QTest::newRow("acute, bare") << u"caf\\'e"_qs << u"café"_qs;
    QTest::newRow("cedilla") << u"\\c{c}a \\c c"_qs << u"ça ç"_qs;
    QTest::newRow("caron and ring") << u"\\v{S}koda \\r{a} \\aa"_qs << u"Škoda å å"_qs;
    QTest::newRow("dotless i") << u"\\'\\i{} \\'{\\i}"_qs << u"í í"_qs;
    QTest::newRow("sharp s") << u"Stra\\ss e, \\ss{}"_qs << u"Straße, ß"_qs;
    QTest::newRow("ligatures") << u"{\\ae}{\\OE}\\o{} \\L{}\\'od\\'z"_qs << u"æŒø Łódź"_qs;
    QTest::newRow("escapes") << u"R\\&D 50\\% \\$5 \\#1 \\_x \\{a\\}"_qs << u"R&D 50% $5 #1 _x {a}"_qs;
    QTest::newRow("dashes") << u"1--2 a---b c-d"_qs << u"1–2 a—b c-d"_qs;
    QTest::newRow("quotes") << u"``quoted''"_qs << u"“quoted”"_qs;
    QTest::newRow("tilde") << u"D.~E. Knuth"_qs << u"D.\u00A0E. Knuth"_qs;
    QTest::newRow("case braces") << u"{BERT}-style {M}odels"_qs << u"BERT-style Models"_qs;
    QTest::newRow("formatting commands") << u"\\emph{every} \\textbf{bold} {\\em it}"_qs << u"every bold it"_qs;
    QTest::newRow("href") << u"\\href{https://x.org}{the site}"_qs << u"the site"_qs;
    QTest::newRow("math markers") << u"$^*$ $^\\dagger$ $\\alpha$"_qs << u"* † α"_qs;
    QTest::newRow("blanks") << u"  a\n\t b  "_qs << u"a b"_qs;
    QTest::newRow("Citation's escapes") << u"{\\textbackslash}{\\textbraceleft}{\\textasciitilde}{\\textasciicircum}"_qs
                                        << u"\\{~^"_qs;
    QTest::newRow("unknown command") << u"\\unknown{kept} \\foo"_qs << u"kept"_qs;
    QTest::newRow("dangling") << u"a\\"_qs << u"a"_qs;
    QTest::newRow("accent at end") << u"a\\'"_qs << u"a"_qs;
    QTest::newRow("unclosed accent group") << u"\\'{e"_qs << u"é"_qs;
}

void TestBibtexReader::latexText()
{
    QFETCH(QString, latex);
    QFETCH(QString, text);
    QCOMPARE(LatexText::toUnicode(latex), text);
}

void TestBibtexReader::trickyFile()
{
    const BibtexResult result = BibtexReader::read(readData(QStringLiteral("tricky.bib")), QStringLiteral("tricky.bib"));

    QList<Publication> expected;
    Publication knuth = publication(u"knuth1984"_qs, u"Literate Programming"_qs, {person(u"Donald E. Knuth"_qs)},
                                    u"The Computer Journal"_qs, 1984);
    knuth.doi = u"10.1093/comjnl/27.2.97"_qs;
    expected.append(knuth);
    expected.append(publication(u"accents2023"_qs, u"Über die Élève: naïve café, ça, ß and Škoda"_qs,
                                {person(u"Jörg Müller"_qs), person(u"Antonín Dvořák"_qs), person(u"François García"_qs),
                                 person(u"María López"_qs)},
                                u"IEEE/CVF Conference on Computer Vision and Pattern Recognition"_qs, 2023));
    expected.append(publication(
        u"escapes-2024"_qs, u"Pages 10–20, a pause—and R&D at 50% for $5 # _1: “quoted”"_qs, {person(u"Ada Lovelace"_qs)},
        u"Proceedings of the Annual Meeting of the Association for Computational Linguistics"_qs, 2024));
    expected.append(publication(u"Names-2022"_qs, u"Names in Every Form"_qs,
                                {person(u"Ludwig van Beethoven"_qs), person(u"Ludwig van Beethoven"_qs),
                                 person(u"Charles de la Vallée Poussin, Jr"_qs), person(u"Barnes and Noble, Inc."_qs),
                                 person(u"D. E. Knuth"_qs), person(u"Christian Brand"_qs), elision()},
                                u"arXiv preprint"_qs, 2022));
    expected.append(publication(u"thesis2019"_qs, u"A Study of BERT-style Models"_qs, {person(u"Wei Zhang"_qs)},
                                u"Zhejiang University"_qs, 2019));
    Publication alfolio = publication(u"alfolio2025"_qs, u"Markers, Links and al-folio Keys"_qs,
                                      {person(u"Songwei Liu"_qs, true), person(u"Chenqian Yan"_qs, true),
                                       person(u"Yuan Gao"_qs, false, true), person(u"Yuxiang Wei"_qs, false, true),
                                       person(u"Bo Chen"_qs, false, true)},
                                      u"ICML"_qs, 2025);
    alfolio.selected = true;
    alfolio.thumbnail = u"alfolio.png"_qs;
    alfolio.status = u"Oral"_qs;
    alfolio.summary = u"We read every key: code, pdf and the rest. The second line joins the first."_qs;
    alfolio.arxiv = u"2501.01234"_qs;
    alfolio.doi = u"10.1000/xyz_123"_qs;
    alfolio.links = {{u"HTML"_qs, QUrl(u"https://example.org/alfolio"_qs)},
                     {u"PDF"_qs, QUrl(u"https://example.org/alfolio.pdf"_qs)},
                     {u"Code"_qs, QUrl(u"https://github.com/example/alfolio"_qs)},
                     {u"Website"_qs, QUrl(u"http://alfolio.example.org"_qs)},
                     {u"arXiv"_qs, QUrl(u"https://arxiv.org/abs/2501.01234"_qs)}};
    expected.append(alfolio);
    Publication paren = publication(u"paren2020"_qs, u"Parentheses (and a closing one) delimit this entry"_qs,
                                    {person(u"Jane Smith"_qs)}, u"ACME Labs"_qs, 2020);
    paren.selected = true;
    expected.append(paren);
    expected.append(publication(u"slash-key"_qs, u"Unusual Key"_qs, {person(u"John Doe"_qs)}, u"Springer"_qs, 2018));
    expected.append(publication(u"bad-key"_qs, u"Colon in the Key"_qs, {person(u"Richard Roe"_qs)}, QString(), 2021));

    QCOMPARE(result.publications.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        compareAll(result.publications[i], expected[i]);
    }

    const QList<Problem> problems = {
        warning(37, 7, u"@misc{Names:2022}"_qs,
                u"a key may hold only letters, digits, '.', '_' and '-'; read as Names-2022"_qs),
        warning(70, 3, u"@inproceedings{alfolio2025}"_qs,
                u"slides: only http and https addresses become links, got \"alfolio-slides.pdf\" (ignored)"_qs),
        warning(82, 7, u"@book{slash/key}"_qs,
                u"a key may hold only letters, digits, '.', '_' and '-'; read as slash-key"_qs),
        warning(86, 3, u"@book{slash/key}"_qs, u"year: expected a whole number, got \"n.d.\""_qs),
        warning(90, 14, u"@unpublished{bad:key}"_qs,
                u"a key may hold only letters, digits, '.', '_' and '-'; read as bad-key"_qs),
        warning(95, 3, u"@unpublished{bad:key}"_qs, u"selected: expected yes, no, true or false, got \"maybe\""_qs),
    };
    QCOMPARE(describe(result.problems), describe(problems));
}

void TestBibtexReader::brokenFile()
{
    const BibtexResult result = BibtexReader::read(readData(QStringLiteral("broken.bib")), QStringLiteral("broken.bib"));

    QStringList titles;
    for (const Publication &publication : result.publications) {
        titles.append(publication.id + u": " + publication.title);
    }
    QCOMPARE(titles, (QStringList{u"good1: First Good"_qs, u"good2: Second Good"_qs, u"good3: Third Good"_qs,
                                  u"good4: Fourth Good"_qs}));
    QCOMPARE(describe(result.publications[0].authors), describe(QList<Author>{person(u"B A"_qs)}));
    QCOMPARE(result.publications[1].year, 2003);

    const QList<Problem> problems = {
        warning(7, 1, QString(), u"text outside an entry (ignored)"_qs),
        warning(9, 1, u"@article{unterminated}"_qs, u"not closed before the next entry on line 14; entry skipped"_qs),
        warning(20, 1, u"@article"_qs, u"no citation key; entry skipped"_qs),
        warning(25, 14, u"@article{key}"_qs, u"expected ',' after the key, got 'w'; entry skipped"_qs),
        warning(29, 74, u"@inproceedings{good3}"_qs, u"unknown macro undefinedmacro (read as empty)"_qs),
        warning(31, 1, u"@misc{notitle}"_qs, u"no title; entry skipped"_qs),
        warning(33, 10, u"@article{good1}"_qs, u"the key good1 is already used on line 1; entry skipped"_qs),
        warning(35, 33, u"@misc{missingcomma}"_qs, u"expected ',' or '}', got 'y'; entry skipped"_qs),
        warning(37, 54, u"@misc{good4}"_qs, u"the field title is given twice; the first is used"_qs),
        warning(38, 1, QString(), u"expected an entry type after '@'"_qs),
        warning(39, 1, u"@misc{unclosed-at-end}"_qs, u"not closed before the end of the input; entry skipped"_qs),
    };
    QCOMPARE(describe(result.problems), describe(problems));
}

void TestBibtexReader::generatedFile()
{
    constexpr int Count = 5000;
    static constexpr const char *Types[] = {"article", "inproceedings", "misc", "phdthesis", "techreport", "book"};
    static constexpr const char *VenueKeys[] = {"journal", "booktitle", "howpublished", "school", "institution",
                                                "publisher"};
    QByteArray text = "@string{venue = \"Generated Venue\"}\n";
    for (int i = 0; i < Count; ++i) {
        const int kind = i % 6;
        text += QByteArray("@") + Types[kind] + "{gen" + QByteArray::number(i) + ",\n  title = {Paper {N}umber "
            + QByteArray::number(i) + " on M{\\\"u}nchen},\n  author = {Author" + QByteArray::number(i)
            + ", First and Second Person and others},\n  " + VenueKeys[kind] + " = venue # \" "
            + QByteArray::number(i % 7) + "\",\n  year = " + QByteArray::number(1990 + i % 37) + ",\n  selected = {"
            + (i % 2 ? "true" : "false") + "},\n  code = {https://example.org/" + QByteArray::number(i) + "}\n}\n\n";
    }

    QElapsedTimer timer;
    timer.start();
    const BibtexResult result = BibtexReader::read(text, QStringLiteral("generated.bib"));
    qInfo("%d entries, %lld KiB, read in %lld ms", Count, qint64(text.size() / 1024), timer.elapsed());

    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.publications.size(), Count);
    for (const int i : {0, 1, 2, 3, 4, 5, 1234, Count - 1}) {
        const Publication &publication = result.publications[i];
        QCOMPARE(publication.id, u"gen"_qs + QString::number(i));
        QCOMPARE(publication.title, u"Paper Number %1 on München"_qs.arg(i));
        QCOMPARE(describe(publication.authors),
                 describe({person(u"First Author"_qs + QString::number(i)), person(u"Second Person"_qs), elision()}));
        QCOMPARE(publication.venue, u"Generated Venue %1"_qs.arg(i % 7));
        QCOMPARE(publication.year, 1990 + i % 37);
        QCOMPARE(publication.selected, i % 2 == 1);
        QCOMPARE(describe(publication.links), QStringList(u"Code https://example.org/"_qs + QString::number(i)));
    }
}

// What File > Export writes reads back into the same titles, authors, venue and year.
void TestBibtexReader::citationReadsBack()
{
    const LoadResult loaded = PortfolioLoader::loadEmbedded();
    QVERIFY(loaded.portfolio);
    const QList<Publication> &publications = loaded.portfolio->publications;
    QVERIFY(!publications.isEmpty());
    QString bibtex;
    for (const Publication &publication : publications) {
        bibtex += Citation::bibtex(publication) + u'\n';
    }
    const BibtexResult result = BibtexReader::read(bibtex.toUtf8(), QStringLiteral("export.bib"));
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.publications.size(), publications.size());
    for (qsizetype i = 0; i < publications.size(); ++i) {
        const Publication &original = publications[i];
        const Publication &read = result.publications[i];
        QCOMPARE(read.id, Citation::key(original));
        QCOMPARE(read.title, original.title.simplified());
        // Citation leaves out the markers and moves any elision to the end.
        QList<Author> authors;
        bool elided = false;
        for (const Author &author : original.authors) {
            if (author.elided) {
                elided = true;
            } else {
                authors.append(person(author.name.simplified()));
            }
        }
        if (elided) {
            authors.append(elision());
        }
        QCOMPARE(describe(read.authors), describe(authors));
        QCOMPARE(read.venue, original.venue.simplified());
        QCOMPARE(read.year, original.year);
        QCOMPARE(read.doi, original.doi.trimmed());
        if (original.venue.isEmpty() || original.venue.endsWith(u"rxiv", Qt::CaseInsensitive)) {
            QCOMPARE(read.arxiv, original.arxiv.trimmed());
        }
    }
}

void TestBibtexReader::dates_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("year");
    QTest::newRow("year") << QByteArray("2026") << 2026;
    QTest::newRow("month") << QByteArray("2026-05") << 2026;
    QTest::newRow("day") << QByteArray("2026/05/31") << 2026;
    // Shorter than a year: once read past its end (found by fuzz_bibtexreader).
    QTest::newRow("two digits") << QByteArray("12") << 0;
    QTest::newRow("three digits") << QByteArray("202") << 0;
    QTest::newRow("no separator") << QByteArray("2026x") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
}

void TestBibtexReader::dates()
{
    QFETCH(QByteArray, date);
    QFETCH(int, year);
    const QByteArray text = "@misc{a, title = {T}, date = {" + date + "}}";
    const BibtexResult result = BibtexReader::read(text, QStringLiteral("dates.bib"));
    QCOMPARE(result.publications.size(), 1);
    QCOMPARE(result.publications.first().year, year);
    const auto aboutDate = std::count_if(result.problems.cbegin(), result.problems.cend(), [](const Problem &problem) {
        return problem.message.startsWith(QStringLiteral("date:"));
    });
    QCOMPARE(aboutDate, year ? 0 : 1);
}

void TestBibtexReader::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("publications");
    constexpr int N = 200000;
    QTest::newRow("deep braces") << "@misc{a, title = " + QByteArray(N, '{') + QByteArray(N, '}') + "}" << 0;
    QTest::newRow("deep accents") << "@misc{a, title = {" + QByteArray(N / 2, '\\').replace("\\", "\\'") + "x}}\n" << 1;
    QTest::newRow("deep accent groups") << "@misc{a, title = {" + QByteArray(60, '{') + QByteArray(60, '\\').replace("\\", "\\'{")
                                               + QByteArray(120, '}') + "}}\n"
                                        << 0;
    QTest::newRow("many at signs") << QByteArray(N, '@') << 0;
    QTest::newRow("many entry lines") << QByteArray("@a{\n").repeated(N / 4) << 0;
    QTest::newRow("unclosed values") << QByteArray("@a{k, t = {\n").repeated(N / 10) << 0;
    QTest::newRow("open quotes") << QByteArray("@a{k, t = \"").repeated(N / 10) << 0;
    QTest::newRow("nul bytes") << QByteArray("@misc{a, title = {x\0y}}", 23) << 1;
    QTest::newRow("many names") << "@misc{a, title = {t}, author = {" + QByteArray("x and ").repeated(N / 6) + "y}}" << 1;
    QByteArray doubling = "@string{m0 = \"xxxxxxxx\"}\n";
    for (int i = 1; i < 64; ++i) {
        doubling += "@string{m" + QByteArray::number(i) + " = m" + QByteArray::number(i - 1) + " # m"
            + QByteArray::number(i - 1) + "}\n";
    }
    QTest::newRow("doubling macros") << doubling + "@misc{a, title = m63}" << 0;
    QTest::newRow("many problems") << QByteArray("@misc{k, title = undefined}\n").repeated(N / 20) << 0;
}

// Each of these would be quadratic, exponential or a stack overflow in a careless reader.
void TestBibtexReader::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, publications);
    QElapsedTimer timer;
    timer.start();
    const BibtexResult result = BibtexReader::read(text, QStringLiteral("hostile.bib"));
    QCOMPARE(result.publications.size(), publications);
    QVERIFY(result.problems.size() <= BibtexReader::MaximumProblems + 1);
    // Generous for a debug build on a loaded machine; a quadratic pass over these takes minutes.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestBibtexReader::everyPrefix()
{
    const QByteArray text = readData(QStringLiteral("tricky.bib")) + readData(QStringLiteral("broken.bib"));
    for (qsizetype size = 0; size <= text.size(); ++size) {
        const BibtexResult result = BibtexReader::read(text.first(size), QStringLiteral("prefix.bib"));
        QVERIFY(result.publications.size() <= 13);
        for (const Problem &problem : result.problems) {
            QVERIFY(problem.line >= 1);
            QVERIFY(problem.column >= 1);
        }
    }
}

void TestBibtexReader::randomBytes()
{
    QRandomGenerator random(7);
    const QByteArray alphabet = "@{}()\"#,= \n%\\'~-abcAND0123\xc3\xa9\xff";
    for (int round = 0; round < 2000; ++round) {
        QByteArray text(random.bounded(1, 400), Qt::Uninitialized);
        for (char &c : text) {
            c = alphabet[random.bounded(int(alphabet.size()))];
        }
        const BibtexResult result = BibtexReader::read(text, QStringLiteral("random.bib"));
        for (const Publication &publication : result.publications) {
            QVERIFY(!publication.id.isEmpty());
            QVERIFY(!publication.title.isEmpty());
        }
    }
}

void TestBibtexReader::invalidUtf8()
{
    const BibtexResult result =
        BibtexReader::read("@misc{a,\n  title = {caf\xe9}, author = {M\xfcller, J}}", QStringLiteral("latin1.bib"));
    QCOMPARE(result.publications.size(), 1);
    QCOMPARE(result.publications[0].title, u"caf\uFFFD"_qs);
    QCOMPARE(describe(result.problems),
             describe({warning(2, 3, u"latin1.bib"_qs,
                               u"not valid UTF-8; the bytes that are not were replaced, first in this field"_qs)}));
}

void TestBibtexReader::tooLarge()
{
    const QByteArray text(BibtexReader::MaximumSize + 1, ' ');
    const BibtexResult result = BibtexReader::read(text, QStringLiteral("huge.bib"));
    QVERIFY(result.publications.isEmpty());
    QCOMPARE(describe(result.problems),
             QStringList(u"1 huge.bib: the input is 65 MiB; BibTeX files are limited to 64 MiB"_qs));
}

QTEST_APPLESS_MAIN(TestBibtexReader)
#include "tst_bibtexreader.moc"
