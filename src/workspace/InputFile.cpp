// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QFile>

#include <cstdio>

namespace sitekeeper {

Result<QByteArray> InputFile::read(const QString& path) {
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    QByteArray bytes;
    if (opened)
        bytes = file.readAll();
    if (!opened || file.error() != QFileDevice::NoError)
        return Error{file.errorString(), path};
    return bytes;
}

} // namespace sitekeeper
