# SPDX-License-Identifier: GPL-3.0-or-later
# Where and under which name the programs install; packaging/ adds the desktop files and CPack.
# qt_standard_project_setup() has already included GNUInstallDirs.

# The reverse-DNS id of the application: the desktop entry, the AppStream metainfo, the icons and the
# running GUI (QGuiApplication::desktopFileName) all use this one name.
set(SITEKEEPER_APP_ID "org.sitekeeper.sitekeeper")

if(APPLE)
  # The command-line programs go inside the app bundle, next to the frameworks macdeployqt copies in.
  set(SITEKEEPER_INSTALL_TOOLSDIR "Sitekeeper.app/Contents/MacOS")
else()
  set(SITEKEEPER_INSTALL_TOOLSDIR "${CMAKE_INSTALL_BINDIR}")
endif()

# Sitekeeper's own libraries are static and Qt comes from the system, so installed programs need no
# RPATH; qt_standard_project_setup() adds $ORIGIN, which a Debian package must not carry.
if(UNIX AND NOT APPLE)
  set(CMAKE_INSTALL_RPATH "")
endif()
