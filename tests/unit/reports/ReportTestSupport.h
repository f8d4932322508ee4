// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QString>

namespace sitekeeper::test {

using namespace Qt::StringLiterals;

// One document with every kind of block, and text that would be markup in either format.
inline ReportDocument sampleDocument() {
    using Block = ReportDocument::Block;
    using Mark = ReportDocument::Mark;
    ReportDocument doc;
    doc.title = u"Summary: Acme <script> & Sons"_s;
    doc.subtitle = u"Prepared by *Northwind*"_s;

    ReportDocument::Section site{u"Site"_s, {}};
    site.blocks << Block::fieldList({{u"Name"_s, u"Acme | HQ"_s}, {u"Hours"_s, u"Mon 08:00\nTue 09:00"_s}});
    site.blocks << Block::subheading(u"Scope_notes"_s);
    site.blocks << Block::paragraph(u"[link](http://x) `code` #1"_s);

    ReportDocument::Section ready{u"Readiness"_s, {}};
    ready.blocks << Block::checklist({{Mark::Passed, u"Coverage chosen"_s, {}},
                                      {Mark::Missing, u"References"_s, u"1 topic missing"_s},
                                      {Mark::None, u"Plain item"_s, {}}});
    Block table = Block::table({u"Rule"_s, u"Problem"_s}, {20, 0});
    table.rows << QStringList{u"SK201"_s, u"a\nb"_s} << QStringList{u"SK1|2"_s, u"<b>bold</b>"_s};
    ready.blocks << table;

    doc.sections << site << ready;
    return doc;
}

} // namespace sitekeeper::test
