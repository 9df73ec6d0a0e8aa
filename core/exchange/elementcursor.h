// ElementCursor: the element names of a .pbplan file in document order, as the
// pre-check saw them, and how far the Boost read has got through them.
//
// Why: Boost 1.74's own end-tag check reads out of bounds on a longer end tag
// (boostorg/serialization#257), so the loader reads with no_xml_tag_checking.
// Without a check, though, a reordered or missing element would silently put a
// value in the wrong field. Every name-value pair of the format goes through
// pb::exchange::field(), which asks the cursor for the next name before Boost
// reads the element; a mismatch throws FileFormatError. This gives exact tag
// checking without touching Boost's faulty comparison.
//
// The cursor in use is per thread (install() for the duration of one read), so
// concurrent reads on different threads do not interfere.
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace pb {

class ElementCursor {
public:
    explicit ElementCursor(std::vector<std::string> names);
    ~ElementCursor();
    ElementCursor(const ElementCursor&) = delete;
    ElementCursor& operator=(const ElementCursor&) = delete;

    // Makes this the current thread's cursor until it is destroyed.
    void install();

    // The cursor of the current thread, or nullptr outside a read.
    static ElementCursor* current();

    // Consumes the next element name; throws FileFormatError unless it is `name`.
    void expect(const char* name);

    // True when every element of the file has been read.
    bool atEnd() const { return m_next == m_names.size(); }
    std::size_t position() const { return m_next; }
    // For error details: "after element 167 <notes>, next <paidToClose...>".
    QString whereAmI() const;

private:
    std::vector<std::string> m_names;
    std::size_t m_next = 0;
    bool m_installed = false;
};

} // namespace pb
