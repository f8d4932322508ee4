# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: Sitekeeper.app with sitekeeper-cli and sitekeeper-server inside it (Contents/MacOS), the Qt
# frameworks macdeployqt copies in, on a disk image. Included by packaging/CMakeLists.txt; untested
# here (no Mac): packaging/README.md.

set_target_properties(sitekeeper PROPERTIES
  OUTPUT_NAME "Sitekeeper"
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
  MACOSX_BUNDLE_GUI_IDENTIFIER "${SITEKEEPER_APP_ID}"
  MACOSX_BUNDLE_BUNDLE_NAME "Sitekeeper"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_ICON_FILE "sitekeeper.icns")
target_sources(sitekeeper PRIVATE "${CMAKE_CURRENT_LIST_DIR}/sitekeeper.icns")
set_source_files_properties("${CMAKE_CURRENT_LIST_DIR}/sitekeeper.icns" TARGET_DIRECTORY sitekeeper
                            PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")

# macdeployqt: the frameworks and plugins of the bundle and of the two programs inside it.
file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:sitekeeper>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:sitekeeper>.app/Contents/MacOS/$<TARGET_FILE_NAME:sitekeeper-cli>\"
                           \"$<TARGET_FILE_NAME:sitekeeper>.app/Contents/MacOS/$<TARGET_FILE_NAME:sitekeeper-server>\"
)
")
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Sitekeeper")
set(CPACK_DMG_FORMAT "UDBZ")
