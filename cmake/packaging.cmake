# SPDX-License-Identifier: MIT
# Install layout and the Debian package: `make package` (cpack -G DEB in the build folder).
# The data files (icons, .desktop, MIME type, AppStream metainfo, samples, prices) are
# installed by resources/CMakeLists.txt, the GUI by app/gui; the command-line tools here.
include(GNUInstallDirs)

foreach(tool shotbrief-cli shotbrief-emulator)
    if(TARGET ${tool})
        install(TARGETS ${tool} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "shotbrief")
set(CPACK_PACKAGE_VENDOR "The ShotBrief developers")
set(CPACK_PACKAGE_CONTACT "The ShotBrief developers <maintainers@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/shotbrief/shotbrief")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# RelWithDebInfo binaries are ten times their stripped size.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # shotbrief_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The long description; CPack puts the summary line above it and indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "ShotBrief plans AI-generated film sequences on the desktop. Each shot is a
structured brief (shot size, angle, movement, depth of field, lens, lighting,
palette, mood, action beats, dialogue, cast). ShotBrief composes the briefs
into prompts, lints them, generates takes through a video API or an offline
emulator, plays the circled takes as one film, and exports prompt sheets,
storyboards, shot lists, animatics and edit lists. The interface is in
English, Simplified Chinese and Japanese.")
# Libraries found by dpkg-shlibdeps (package dpkg-dev) on the binaries...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...plus what is loaded at run time rather than linked: the Qt platform and image plugins,
# the GStreamer elements QtMultimedia plays clips with, ffmpeg (placeholder clips, animatics),
# the CJK fonts for Chinese and Japanese text, and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, qt6-image-formats-plugins, libqt6svg6, qt6-translations-l10n, \
ffmpeg, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad, \
gstreamer1.0-libav, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "melt, desktop-file-utils, shared-mime-info")
include(CPack)
