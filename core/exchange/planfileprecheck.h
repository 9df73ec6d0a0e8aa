// PlanFilePrecheck: looks at the bytes of a .pbplan file before Boost reads
// them, and refuses anything Boost 1.74's XML reader is not safe with.
//
// Boost's xml_iarchive trusts its input: a longer end tag reads out of bounds,
// a huge <count> reserves memory, a bad trailer can end the program (see
// TOOLCHAIN.md). So the file must first pass, in this order:
//   - not empty, at most PlanFile::kMaxFileBytes;
//   - starts with an XML declaration (a UTF-8 byte order mark is removed by
//     the caller; UTF-16 or UTF-32 text is refused);
//   - no NUL or control characters other than tab, CR and LF; valid UTF-8;
//   - no tag (from '<' to '>') longer than 256 bytes, which also bounds the
//     attributes of an element (QXmlStreamReader is quadratic in them);
//   - none of the XML features our writer never uses and Boost cannot read:
//     character references, empty-element tags, comments, processing
//     instructions, CDATA, entity references, a DTD other than the bare
//     <!DOCTYPE boost_serialization> (so nothing can be expanded: no XML bomb);
//   - well-formed XML (QXmlStreamReader), which also means every end tag
//     matches its start tag;
//   - the root is <boost_serialization signature="serialization::archive">
//     and its first child is the header (format "pbplan", a format version);
//     a newer format version stops the check there, since its layout is
//     unknown;
//   - nesting at most PlanFile::kMaxDepth, at most kMaxElements elements, only
//     the attributes Boost writes (class_id, tracking_level, version; small
//     numbers), no text mixed with child elements;
//   - each <count> is the first child of its list, at most
//     PlanFile::kMaxListItems, and followed by exactly that many <item>s.
// It also returns every element name in document order, which the reader
// checks positionally (see ElementCursor).
#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace pb {

class PlanFilePrecheck {
public:
    enum class Problem {
        None,
        Empty,
        TooBig,
        Damaged, // not XML, not a plan file, or outside the limits
        NewerFormat, // a plan file from a newer program
    };

    struct Outcome {
        Problem problem = Problem::None;
        QString detail; // technical: what and where
        int formatVersion = 0;
        QString appVersion;
        std::vector<std::string> elementNames; // below the root, in document order
    };

    // Far more than any plan holds (a 500-item plan has about 12,000), and
    // keeps the list of names small.
    static constexpr qsizetype kMaxElements = 1000000;

    static Outcome check(const QByteArray& bytes);
};

} // namespace pb
