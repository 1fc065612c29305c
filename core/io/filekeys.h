// SPDX-License-Identifier: MIT
#pragma once

// The keys of the project file, in the order they are written (FORMAT.md). Reader and writer
// share these tables so that a key can never be spelled two ways.

#include <array>
#include <string_view>

namespace ShotBrief::FileKeys {

using namespace std::string_view_literals;

enum ProjectKey { PSchema, PTitle, PFormat, PStyle, PCast, PScenes, PShots, PLedger, PSpendingCap };
inline constexpr std::array projectKeys{"schema"sv, "title"sv,  "format"sv,
                                        "style"sv,  "cast"sv,   "scenes"sv,
                                        "shots"sv,  "ledger"sv, "spending_cap_usd"sv};

enum FormatKey { FProvider, FModel, FSize, FDuration, FPromptLanguage };
inline constexpr std::array formatKeys{"provider"sv, "model"sv, "size"sv, "duration"sv,
                                       "prompt_language"sv};

enum StyleKey { SLensStyle, SMood, SLighting, SPalette, SNotes };
inline constexpr std::array styleKeys{"lens_style"sv, "mood"sv, "lighting"sv, "palette"sv,
                                      "notes"sv};

enum ColorKey { CName, CHex };
inline constexpr std::array colorKeys{"name"sv, "hex"sv};

enum CastKey { CmId, CmName, CmIdentity, CmReferenceImage };
inline constexpr std::array castKeys{"id"sv, "name"sv, "identity"sv, "reference_image"sv};

enum SceneKey { ScId, ScTitle, ScNotes, ScNumber };
inline constexpr std::array sceneKeys{"id"sv, "title"sv, "notes"sv, "number"sv};

enum LedgerKey { LTakeId, LShotId, LProvider, LModel, LSeconds, LAmount, LActual, LAt };
inline constexpr std::array ledgerKeys{"take_id"sv, "shot_id"sv,    "provider"sv,   "model"sv,
                                       "seconds"sv, "amount_usd"sv, "actual_usd"sv, "at"sv};

enum DialogueKey { DSpeaker, DLine };
inline constexpr std::array dialogueKeys{"speaker"sv, "line"sv};

enum ShotKey {
    ShId,
    ShLabel,
    ShScene,
    ShStrategy,
    ShSceneProse,
    ShFraming,
    ShAngle,
    ShMovement,
    ShDepthOfField,
    ShLensStyle,
    ShLighting,
    ShPalette,
    ShMood,
    ShActionBeats,
    ShDialogue,
    ShCast,
    ShDuration,
    ShModel,
    ShSize,
    ShReferenceImage,
    ShLastFrame,
    ShChainPrevious,
    ShNotes,
    ShBoard,
    ShTakes,
    ShCircledTake,
    ShScriptRef,
    ShReviews,
    ShCut
};
// 29 keys make no even table for clang-format.
// clang-format off
inline constexpr std::array shotKeys{
    "id"sv,           "label"sv,          "scene"sv,    "strategy"sv,       "scene_prose"sv,
    "framing"sv,      "angle"sv,          "movement"sv, "depth_of_field"sv, "lens_style"sv,
    "lighting"sv,     "palette"sv,        "mood"sv,     "action_beats"sv,   "dialogue"sv,
    "cast"sv,         "duration"sv,       "model"sv,    "size"sv,           "reference_image"sv,
    "last_frame"sv,   "chain_previous"sv, "notes"sv,    "board"sv,          "takes"sv,
    "circled_take"sv, "script_ref"sv,     "reviews"sv,  "cut"sv};
// clang-format on

/// Where a shot came from in a script (Shot::scriptRef); `{}` for a shot that did not.
enum ScriptRefKey { RScene, RNumber, RHeading, RParagraph, RText, RMark };
inline constexpr std::array scriptRefKeys{"scene"sv,     "number"sv, "heading"sv,
                                          "paragraph"sv, "text"sv,   "mark"sv};

enum ReviewKey { RReviewer, RDecision, RNote, RPreferredTake, RAt };
inline constexpr std::array reviewKeys{"reviewer"sv, "decision"sv, "note"sv, "preferred_take"sv,
                                       "at"sv};

enum TakeKey {
    TId,
    TProvider,
    TProviderVideoId,
    TKind,
    TParentTake,
    TPrompt,
    TModel,
    TSize,
    TSeconds,
    TReferenceImage,
    TLastFrame,
    TRequest,
    TStatus,
    TProgress,
    TErrorCode,
    TErrorMessage,
    TCreatedAt,
    TSubmittedAt,
    TCompletedAt,
    TExpiresAt,
    TClip,
    TIn,
    TOut,
    TThumbnail,
    TSpritesheet,
    TCost
};
inline constexpr std::array takeKeys{"id"sv,
                                     "provider"sv,
                                     "provider_video_id"sv,
                                     "kind"sv,
                                     "parent_take"sv,
                                     "prompt"sv,
                                     "model"sv,
                                     "size"sv,
                                     "seconds"sv,
                                     "reference_image"sv,
                                     "last_frame"sv,
                                     "request"sv,
                                     "status"sv,
                                     "progress"sv,
                                     "error_code"sv,
                                     "error_message"sv,
                                     "created_at"sv,
                                     "submitted_at"sv,
                                     "completed_at"sv,
                                     "expires_at"sv,
                                     "clip"sv,
                                     "in_ms"sv,
                                     "out_ms"sv,
                                     "thumbnail"sv,
                                     "spritesheet"sv,
                                     "cost_usd"sv};

} // namespace ShotBrief::FileKeys
