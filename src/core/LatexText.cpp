#include "LatexText.h"

#include <algorithm>
#include <iterator>

namespace {

// Accent arguments are converted by recursion; past this depth an accent is dropped and its
// argument read as plain text, so nesting in a hostile file cannot exhaust the stack.
constexpr int MaximumAccentDepth = 16;

struct Named {
    QStringView command;
    QStringView text;
};

// The text-mode and common math-mode commands that stand for one character or a fixed word.
constexpr Named NamedCharacters[] = {
    {u"ss", u"ß"},          {u"SS", u"SS"},         {u"ae", u"æ"},          {u"AE", u"Æ"},
    {u"oe", u"œ"},          {u"OE", u"Œ"},          {u"aa", u"å"},          {u"AA", u"Å"},
    {u"o", u"ø"},           {u"O", u"Ø"},           {u"l", u"ł"},           {u"L", u"Ł"},
    {u"i", u"ı"},           {u"j", u"ȷ"},           {u"dh", u"ð"},          {u"DH", u"Ð"},
    {u"th", u"þ"},          {u"TH", u"Þ"},          {u"ng", u"ŋ"},          {u"NG", u"Ŋ"},
    {u"dag", u"†"},         {u"dagger", u"†"},      {u"textdagger", u"†"},  {u"ddag", u"‡"},
    {u"ddagger", u"‡"},     {u"S", u"§"},           {u"P", u"¶"},           {u"copyright", u"©"},
    {u"textcopyright", u"©"}, {u"pounds", u"£"},    {u"textsterling", u"£"}, {u"euro", u"€"},
    {u"texteuro", u"€"},    {u"textregistered", u"®"}, {u"texttrademark", u"™"}, {u"textdegree", u"°"},
    {u"textbackslash", u"\\"}, {u"textbraceleft", u"{"}, {u"textbraceright", u"}"},
    {u"textasciitilde", u"~"}, {u"textasciicircum", u"^"}, {u"textunderscore", u"_"},
    {u"textendash", u"–"},  {u"textemdash", u"—"},  {u"textquoteleft", u"‘"}, {u"textquoteright", u"’"},
    {u"textquotedblleft", u"“"}, {u"textquotedblright", u"”"}, {u"ldots", u"…"}, {u"dots", u"…"},
    {u"textellipsis", u"…"}, {u"textbullet", u"•"}, {u"times", u"×"},       {u"cdot", u"·"},
    {u"pm", u"±"},          {u"alpha", u"α"},       {u"beta", u"β"},        {u"gamma", u"γ"},
    {u"delta", u"δ"},       {u"epsilon", u"ε"},     {u"theta", u"θ"},       {u"lambda", u"λ"},
    {u"mu", u"μ"},          {u"pi", u"π"},          {u"sigma", u"σ"},       {u"tau", u"τ"},
    {u"phi", u"φ"},         {u"omega", u"ω"},       {u"Delta", u"Δ"},       {u"Sigma", u"Σ"},
    {u"Omega", u"Ω"},       {u"quad", u" "},        {u"qquad", u" "},       {u"LaTeX", u"LaTeX"},
    {u"TeX", u"TeX"},       {u"BibTeX", u"BibTeX"},
};

struct Accent {
    QStringView command;
    char16_t mark;
};

constexpr Accent Accents[] = {
    {u"'", u'\u0301'}, {u"`", u'\u0300'}, {u"^", u'\u0302'}, {u"\"", u'\u0308'}, {u"~", u'\u0303'},
    {u"=", u'\u0304'}, {u".", u'\u0307'}, {u"c", u'\u0327'}, {u"v", u'\u030C'}, {u"u", u'\u0306'},
    {u"H", u'\u030B'}, {u"k", u'\u0328'}, {u"r", u'\u030A'}, {u"d", u'\u0323'}, {u"b", u'\u0331'},
    {u"t", u'\u0361'},
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

class Converter
{
public:
    explicit Converter(QStringView text)
        : m_text(text)
    {
    }

    QString run()
    {
        m_out.reserve(m_text.size());
        convert(m_text.size(), 0);
        return m_out;
    }

private:
    // Converts up to `end`, appending to m_out.
    void convert(qsizetype end, int depth)
    {
        while (m_pos < end) {
            const QChar c = m_text[m_pos];
            if (isBlank(c)) {
                m_space = true;
                ++m_pos;
            } else if (c == u'{' || c == u'}') {
                ++m_pos;
            } else if (c == u'\\') {
                command(end, depth);
            } else if (c == u'$') {
                m_math = !m_math;
                ++m_pos;
            } else if (m_math && (c == u'^' || c == u'_')) {
                ++m_pos;
            } else if (c == u'~') {
                emit(u"\u00A0");
                ++m_pos;
            } else if (c == u'-' && startsWith(u"---", end)) {
                emit(u"—");
                m_pos += 3;
            } else if (c == u'-' && startsWith(u"--", end)) {
                emit(u"–");
                m_pos += 2;
            } else if (startsWith(u"``", end)) {
                emit(u"“");
                m_pos += 2;
            } else if (startsWith(u"''", end)) {
                emit(u"”");
                m_pos += 2;
            } else {
                // Most of a title or an abstract is plain text: one append per run, not per letter.
                const qsizetype start = m_pos++;
                while (m_pos < end && !isSpecial(m_text[m_pos])) {
                    ++m_pos;
                }
                emit(m_text.sliced(start, m_pos - start));
            }
        }
    }

    static bool isSpecial(QChar c)
    {
        switch (c.unicode()) {
        case u'{': case u'}': case u'\\': case u'$': case u'^': case u'_': case u'~': case u'-': case u'`':
        case u'\'':
            return true;
        default:
            return isBlank(c);
        }
    }

    void command(qsizetype end, int depth)
    {
        ++m_pos; // the backslash
        if (m_pos >= end) {
            return;
        }
        qsizetype nameEnd = m_pos;
        while (nameEnd < end && isAsciiLetter(m_text[nameEnd])) {
            ++nameEnd;
        }
        const bool word = nameEnd > m_pos;
        const QStringView name = m_text.sliced(m_pos, word ? nameEnd - m_pos : 1);
        m_pos += name.size();
        if (word) {
            skipBlanks(end);
        }

        const auto accent = std::find_if(std::cbegin(Accents), std::cend(Accents),
                                         [name](const Accent &candidate) { return candidate.command == name; });
        if (accent != std::cend(Accents)) {
            if (depth < MaximumAccentDepth) {
                applyAccent(accent->mark, end, depth);
            }
            return;
        }
        const auto named = std::find_if(std::cbegin(NamedCharacters), std::cend(NamedCharacters),
                                        [name](const Named &candidate) { return candidate.command == name; });
        if (named != std::cend(NamedCharacters)) {
            emit(named->text);
            return;
        }
        if (word) {
            // \href{url}{text} shows only its text; any other command is dropped and its argument,
            // if any, read on as ordinary text.
            if (name == u"href" && m_pos < end && m_text[m_pos] == u'{') {
                m_pos = groupEnd(end);
            }
            return;
        }
        switch (name.front().unicode()) {
        case u'\\':
        case u' ':
        case u'\n':
        case u'\t':
        case u',':
        case u';':
        case u':':
            m_space = true;
            break;
        case u'-':
        case u'/':
        case u'@':
            break;
        default:
            // \& \% \$ \# \_ \{ \} and any other escaped character stand for themselves.
            emit(name);
        }
    }

    // The accent goes on the first character of its argument: one character, a command such as
    // \i, or a brace group.
    void applyAccent(char16_t mark, qsizetype end, int depth)
    {
        skipBlanks(end);
        if (m_pos >= end) {
            return;
        }
        const QString outer = std::exchange(m_out, QString());
        const bool outerSpace = std::exchange(m_space, false);
        const QChar c = m_text[m_pos];
        if (c == u'{') {
            const qsizetype close = groupEnd(end);
            ++m_pos;
            convert(close, depth + 1);
            m_pos = close;
        } else if (c == u'\\') {
            command(end, depth + 1);
        } else {
            m_out = c;
            ++m_pos;
        }
        QString argument = std::exchange(m_out, outer);
        m_space = outerSpace;
        if (argument.isEmpty()) {
            return;
        }
        // Dotless i and j are what TeX needs under an accent; Unicode composes the dotted letters.
        if (argument.front() == u'ı') {
            argument.front() = u'i';
        } else if (argument.front() == u'ȷ') {
            argument.front() = u'j';
        }
        argument.insert(argument.front().isHighSurrogate() && argument.size() > 1 ? 2 : 1, QChar(mark));
        emit(argument);
    }

    // The position just past the brace group that starts at m_pos, or `end` if it is not closed.
    qsizetype groupEnd(qsizetype end) const
    {
        int open = 0;
        for (qsizetype i = m_pos; i < end; ++i) {
            if (m_text[i] == u'\\') {
                ++i;
            } else if (m_text[i] == u'{') {
                ++open;
            } else if (m_text[i] == u'}' && --open == 0) {
                return i + 1;
            }
        }
        return end;
    }

    bool startsWith(QStringView prefix, qsizetype end) const
    {
        return end - m_pos >= prefix.size() && m_text.sliced(m_pos, prefix.size()) == prefix;
    }

    void skipBlanks(qsizetype end)
    {
        while (m_pos < end && isBlank(m_text[m_pos])) {
            ++m_pos;
        }
    }

    void emit(QStringView text)
    {
        if (m_space && !m_out.isEmpty()) {
            m_out += u' ';
        }
        m_space = false;
        m_out += text;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_out;
    bool m_space = false;
    bool m_math = false;
};

} // namespace

QString LatexText::toUnicode(QStringView latex)
{
    QString text = Converter(latex).run();
    // Trailing blanks were never written, and leading ones were dropped by emit().
    return text.normalized(QString::NormalizationForm_C);
}
