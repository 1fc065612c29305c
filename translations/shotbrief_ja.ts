<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CameraTerm</name>
    <message>
        <source>extreme wide shot</source>
        <translation>超ロングショット</translation>
    </message>
    <message>
        <source>wide shot</source>
        <translation>ロングショット</translation>
    </message>
    <message>
        <source>full shot</source>
        <translation>フルショット</translation>
    </message>
    <message>
        <source>medium wide shot</source>
        <translation>ミディアムロングショット</translation>
    </message>
    <message>
        <source>medium shot</source>
        <translation>ミディアムショット</translation>
    </message>
    <message>
        <source>medium close-up</source>
        <translation>ミディアムクローズアップ</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>クローズアップ</translation>
    </message>
    <message>
        <source>extreme close-up</source>
        <translation>超クローズアップ</translation>
    </message>
    <message>
        <source>over-the-shoulder shot</source>
        <translation>オーバーショルダーショット</translation>
    </message>
    <message>
        <source>insert shot</source>
        <translation>インサートショット</translation>
    </message>
    <message>
        <source>eye level</source>
        <translation>アイレベル</translation>
    </message>
    <message>
        <source>high angle</source>
        <translation>ハイアングル</translation>
    </message>
    <message>
        <source>low angle</source>
        <translation>ローアングル</translation>
    </message>
    <message>
        <source>bird&apos;s-eye view</source>
        <translation>俯瞰（バーズアイ）</translation>
    </message>
    <message>
        <source>worm&apos;s-eye view</source>
        <translation>あおり（ワームズアイ）</translation>
    </message>
    <message>
        <source>Dutch angle</source>
        <translation>ダッチアングル</translation>
    </message>
    <message>
        <source>point of view</source>
        <translation>主観ショット（POV）</translation>
    </message>
    <message>
        <source>locked-off static camera</source>
        <translation>固定カメラ</translation>
    </message>
    <message>
        <source>slow pan left</source>
        <translation>ゆっくり左パン</translation>
    </message>
    <message>
        <source>slow pan right</source>
        <translation>ゆっくり右パン</translation>
    </message>
    <message>
        <source>tilt up</source>
        <translation>ティルトアップ</translation>
    </message>
    <message>
        <source>tilt down</source>
        <translation>ティルトダウン</translation>
    </message>
    <message>
        <source>slow dolly in</source>
        <translation>ゆっくりドリーイン</translation>
    </message>
    <message>
        <source>slow dolly out</source>
        <translation>ゆっくりドリーアウト</translation>
    </message>
    <message>
        <source>tracking shot</source>
        <translation>トラッキングショット</translation>
    </message>
    <message>
        <source>crane up</source>
        <translation>クレーンアップ</translation>
    </message>
    <message>
        <source>handheld camera</source>
        <translation>手持ちカメラ</translation>
    </message>
    <message>
        <source>smooth Steadicam glide</source>
        <translation>ステディカムでなめらかに移動</translation>
    </message>
    <message>
        <source>slow orbit around the subject</source>
        <translation>被写体の周りをゆっくり回り込む</translation>
    </message>
    <message>
        <source>slow zoom in</source>
        <translation>ゆっくりズームイン</translation>
    </message>
    <message>
        <source>shallow depth of field</source>
        <translation>浅い被写界深度</translation>
    </message>
    <message>
        <source>moderate depth of field</source>
        <translation>中程度の被写界深度</translation>
    </message>
    <message>
        <source>deep focus, everything sharp</source>
        <translation>パンフォーカス（全体にピント）</translation>
    </message>
    <message>
        <source>rack focus from foreground to background</source>
        <translation>前景から背景へのピント送り</translation>
    </message>
</context>
<context>
    <name>ShotBrief::AnimaticExportDialog</name>
    <message>
        <source>Export Animatic</source>
        <translation>アニマティックを書き出し</translation>
    </message>
    <message>
        <source>Rendering %1 (%2 shots, %3 s)…</source>
        <translation>%1 をレンダリング中（%2 ショット、%3 秒）…</translation>
    </message>
</context>
<context>
    <name>ShotBrief::AnimaticRenderer</name>
    <message>
        <source>An animatic is already being rendered</source>
        <translation>アニマティックはすでにレンダリング中です</translation>
    </message>
    <message>
        <source>The sequence is empty</source>
        <translation>シーケンスが空です</translation>
    </message>
    <message>
        <source>Invalid output size or frame rate</source>
        <translation>出力サイズまたはフレームレートが無効です</translation>
    </message>
    <message>
        <source>The folder of the output file does not exist</source>
        <translation>出力ファイルのフォルダーが存在しません</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません：%1</translation>
    </message>
    <message>
        <source>Rendering was cancelled</source>
        <translation>レンダリングはキャンセルされました</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません：%2</translation>
    </message>
    <message>
        <source>Cannot read clip %1</source>
        <translation>クリップ %1 を読み込めません</translation>
    </message>
    <message>
        <source>Cannot write the filter graph to %1</source>
        <translation>フィルターグラフを %1 に書き込めません</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg が失敗しました（終了コード %1）：%2</translation>
    </message>
    <message>
        <source>Cannot move the rendered file into place</source>
        <translation>レンダリングしたファイルを所定の場所に移動できません</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ApiError</name>
    <message>
        <source>The provider rejected the API key (401). Check the key in the environment or the keychain for this provider profile.</source>
        <translation>プロバイダーが API キーを拒否しました（401）。このプロバイダープロファイルの環境変数またはキーチェーンのキーを確認してください。</translation>
    </message>
    <message>
        <source>The provider refused access (403): the organisation may not be verified for video generation, or the key lacks permission.</source>
        <translation>プロバイダーがアクセスを拒否しました（403）：組織が動画生成の認証を受けていないか、キーに権限がありません。</translation>
    </message>
    <message>
        <source>The request was blocked by the provider&apos;s content rules: %1</source>
        <translation>リクエストはプロバイダーのコンテンツ規約によりブロックされました：%1</translation>
    </message>
    <message>
        <source>The provider refused the parameter &quot;%1&quot;%2.</source>
        <translation>プロバイダーがパラメーター「%1」を拒否しました%2。</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>プロバイダーがリクエストを拒否しました%1。</translation>
    </message>
    <message>
        <source>The provider does not know this video (404): it may have expired or been deleted.</source>
        <translation>プロバイダーはこの動画を認識していません（404）：期限切れか削除された可能性があります。</translation>
    </message>
    <message>
        <source>The provider timed out (408). Try again later.</source>
        <translation>プロバイダーがタイムアウトしました（408）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The provider reported a conflict (409). Try again later.</source>
        <translation>プロバイダーが競合を報告しました（409）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request is too large for the provider (413): use a smaller reference image.</source>
        <translation>リクエストがプロバイダーにとって大きすぎます（413）：より小さい参照画像を使ってください。</translation>
    </message>
    <message>
        <source>The provider is rate limiting (429): too many requests or too many running jobs. ShotBrief waits and tries again.</source>
        <translation>プロバイダーがレート制限中です（429）：リクエストまたは実行中のジョブが多すぎます。ShotBrief は待ってから再試行します。</translation>
    </message>
    <message>
        <source>The provider has server trouble (HTTP %1). Try again later.</source>
        <translation>プロバイダーのサーバーに問題があります（HTTP %1）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Unexpected answer from the provider (HTTP %1)%2.</source>
        <translation>プロバイダーから予期しない応答がありました（HTTP %1）%2。</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content rules: %1. Change the shot&apos;s prompt (no real people, copyrighted characters or music) and retry.</source>
        <translation>プロバイダーのコンテンツ規約によりブロックされました：%1。ショットのプロンプトを変更して（実在の人物、著作権のあるキャラクターや音楽を含めない）再試行してください。</translation>
    </message>
    <message>
        <source>The provider could not generate this take: %1</source>
        <translation>プロバイダーはこのテイクを生成できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ChainLink</name>
    <message>
        <source>Shot %1 is the first shot: there is no previous shot to continue from. Stop chaining it, or give it a first frame of its own.</source>
        <translation>ショット %1 は最初のショットで、つなぐ前のショットがありません。接続をやめるか、独自の最初のフレームを設定してください。</translation>
    </message>
    <message>
        <source>Shot %1 (%2) cannot continue shot %3 (%4): a frame of another size would not cut together. Give both shots one size, or stop chaining.</source>
        <translation>ショット %1（%2）はショット %3（%4）につなげません。サイズの違うフレームではカットがつながりません。両ショットのサイズをそろえるか、接続をやめてください。</translation>
    </message>
    <message>
        <source>waiting for shot %1</source>
        <translation>ショット %1 を待機中</translation>
    </message>
    <message>
        <source>The circled take of shot %1 has no clip to continue from: circle another take of shot %1, or generate it again.</source>
        <translation>ショット %1 の OKテイクにはつなぐクリップがありません。ショット %1 の別のテイクをOKにするか、生成し直してください。</translation>
    </message>
    <message>
        <source>The circled take of shot %1 expired before it was downloaded: circle a ready take of shot %1, or generate it again.</source>
        <translation>ショット %1 の OKテイクはダウンロード前に期限切れになりました。ショット %1 の完了したテイクをOKにするか、生成し直してください。</translation>
    </message>
    <message>
        <source>The circled take of shot %1 was canceled: circle a ready take of shot %1, or generate it again.</source>
        <translation>ショット %1 の OKテイクはキャンセルされました。ショット %1 の完了したテイクをOKにするか、生成し直してください。</translation>
    </message>
    <message>
        <source>The circled take of shot %1 failed: circle a ready take of shot %1, or generate it again.</source>
        <translation>ショット %1 の OKテイクは失敗しました。ショット %1 の完了したテイクをOKにするか、生成し直してください。</translation>
    </message>
    <message>
        <source>Shot %1 has no circled take to continue from: generate shot %1 first.</source>
        <translation>ショット %1 にはつなぐ OKテイクがありません。先にショット %1 を生成してください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Cli</name>
    <message>
        <source>Exports prompt sheets, storyboards, shot lists and edit lists.</source>
        <translation>プロンプトシート、絵コンテ、ショットリスト、編集リストを書き出します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式：%1。</translation>
    </message>
    <message>
        <source>Output file; &quot;-&quot; or none: standard output.</source>
        <translation>出力ファイル。「-」または省略で標準出力。</translation>
    </message>
    <message>
        <source>Paper for PDFs: a4 (default) or letter.</source>
        <translation>PDF の用紙：a4（既定）または letter。</translation>
    </message>
    <message>
        <source>Landscape pages for PDFs.</source>
        <translation>PDF を横向きページにします。</translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark.</source>
        <translation>CSV の先頭に UTF-8 BOM を付けます。</translation>
    </message>
    <message>
        <source>Storyboard frames a page: 6 (default) or 9.</source>
        <translation>絵コンテの 1 ページあたりのコマ数：6（既定）または 9。</translation>
    </message>
    <message>
        <source>Shots to export: labels or 1-based positions, e.g. &quot;1-3,7,9A,12-&quot;.</source>
        <translation>書き出すショット：ラベルまたは 1 から始まる位置。例：「1-3,7,9A,12-」</translation>
    </message>
    <message>
        <source>Only the shots of this scene (id or title).</source>
        <translation>このシーン（ID またはタイトル）のショットのみ。</translation>
    </message>
    <message>
        <source>The .shotbrief project.</source>
        <translation>.shotbrief プロジェクト。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli export FILE --format %1 [-o OUT] [--paper a4|letter] [--landscape] [--bom] [--frames 6|9] [--shots RANGE] [--scene ID]</source>
        <translation>使い方：shotbrief-cli export ファイル --format %1 [-o 出力] [--paper a4|letter] [--landscape] [--bom] [--frames 6|9] [--shots 範囲] [--scene ID]</translation>
    </message>
    <message>
        <source>shotbrief-cli export: expected one project file
%1</source>
        <translation>shotbrief-cli export：プロジェクトファイルを 1 つ指定してください
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli export: --format is required
%1</source>
        <translation>shotbrief-cli export：--format は必須です
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli export: unknown format &quot;%1&quot; (expected %2)</source>
        <translation>shotbrief-cli export：不明な形式「%1」（%2 のいずれか）</translation>
    </message>
    <message>
        <source>shotbrief-cli export: unknown paper &quot;%1&quot; (expected a4 or letter)</source>
        <translation>shotbrief-cli export：不明な用紙「%1」（a4 または letter）</translation>
    </message>
    <message>
        <source>shotbrief-cli export: --frames takes 6 or 9, not &quot;%1&quot;</source>
        <translation>shotbrief-cli export：--frames は 6 か 9 で、「%1」は指定できません</translation>
    </message>
    <message>
        <source>shotbrief-cli export: %1</source>
        <translation>shotbrief-cli export：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 shots, %4 bytes)</source>
        <translation>%1 を書き出しました（%2、%3 ショット、%4 バイト）</translation>
    </message>
    <message>
        <source>A .shotbrief project file.</source>
        <translation>.shotbrief プロジェクトファイル。</translation>
    </message>
    <message>
        <source>%1: expected one project file, got %2 arguments (see --help)</source>
        <translation>%1：プロジェクトファイルを 1 つ指定してください。引数が %2 個あります（--help 参照）</translation>
    </message>
    <message>
        <source>shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <source>shot %1 (%2)</source>
        <translation>ショット %1（%2）</translation>
    </message>
    <message>
        <source>Checks every shot against the prompting rules. Exit code 0: no warnings; 1: a warning or error; 2: the file cannot be read.</source>
        <translation>すべてのショットをプロンプト規則に照らしてチェックします。終了コード 0：警告なし、1：警告またはエラーあり、2：ファイルを読み込めない。</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>指摘を JSON で出力します。</translation>
    </message>
    <message>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>指摘 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the composed prompt of one shot, or of every shot.</source>
        <translation>1 つのショット、またはすべてのショットの合成プロンプトを出力します。</translation>
    </message>
    <message>
        <source>The shot: its number (1-based), label or id.</source>
        <translation>ショット：番号（1 始まり）、ラベル、または ID。</translation>
    </message>
    <message numerus="yes">
        <source>%1: --shot: no shot is numbered, labelled or identified &quot;%2&quot; (the project has %n shot(s))</source>
        <translation>
            <numerusform>%1：--shot：番号・ラベル・ID が「%2」のショットはありません（プロジェクトのショット数は %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates the cost of generating one take of every shot.</source>
        <translation>すべてのショットについて 1 テイクずつ生成する費用を見積もります。</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>料金なし</translation>
    </message>
    <message numerus="yes">
        <source>Total: $%1 for %n shot(s), %2 s</source>
        <translation>
            <numerusform>合計：%n ショットで $%1、%2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) have no price in the table and are not counted.</source>
        <translation>
            <numerusform>%n ショットは料金表に料金がないため計上していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Price table: %1 (%2)</source>
        <translation>料金表：%1（%2）</translation>
    </message>
    <message>
        <source>Checks that a project file is well-formed and consistent. Exit code 0: valid; 2: it cannot be read or has problems.</source>
        <translation>プロジェクトファイルが正しい形式で矛盾がないかをチェックします。終了コード 0：有効、2：読み込めないか問題がある。</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid: %n shot(s), %2 s in all, schema %3</source>
        <translation>
            <numerusform>%1：有効：%n ショット、合計 %2 秒、スキーマ %3</numerusform>
        </translation>
    </message>
    <message>
        <source>check shots against the prompting rules</source>
        <translation>ショットをプロンプト規則でチェック</translation>
    </message>
    <message>
        <source>print composed prompts</source>
        <translation>合成プロンプトを出力</translation>
    </message>
    <message>
        <source>estimate the generation cost</source>
        <translation>生成費用を見積もる</translation>
    </message>
    <message>
        <source>check that a project file is valid</source>
        <translation>プロジェクトファイルが有効かチェック</translation>
    </message>
    <message>
        <source>generate takes (resumable; emulator when no key)</source>
        <translation>テイクを生成（再開可能、キーがなければエミュレーター）</translation>
    </message>
    <message>
        <source>export prompt sheets, shot lists and edit lists</source>
        <translation>プロンプトシート、ショットリスト、編集リストを書き出す</translation>
    </message>
    <message>
        <source>run the built-in Videos API emulator</source>
        <translation>内蔵の Videos API エミュレーターを実行</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli COMMAND [OPTIONS] FILE
Plans, checks, generates and exports ShotBrief projects without a window.

Commands:
</source>
        <translation>使い方：shotbrief-cli コマンド [オプション] ファイル
ウィンドウなしで ShotBrief プロジェクトを計画・チェック・生成・書き出しします。

コマンド：
</translation>
    </message>
    <message>
        <source>
&apos;shotbrief-cli COMMAND --help&apos; describes a command.
Exit codes: 0 success, 1 findings or failed takes, 2 bad input or unreadable file.
</source>
        <translation>
「shotbrief-cli コマンド --help」で各コマンドの説明を表示します。
終了コード：0 成功、1 指摘ありまたはテイク失敗、2 入力が不正またはファイルを読み込めない。
</translation>
    </message>
    <message>
        <source>shotbrief-cli: unknown command &quot;%1&quot;

%2</source>
        <translation>shotbrief-cli：不明なコマンド「%1」

%2</translation>
    </message>
    <message>
        <source>Plan for this provider profile (default: the project&apos;s provider).</source>
        <translation>このプロバイダープロファイルで計画します（既定：プロジェクトのプロバイダー）。</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>設定フォルダーのものの代わりに使う providers.json。</translation>
    </message>
    <message>
        <source>--profile: there is no provider profile &quot;%1&quot; (known: %2)</source>
        <translation>--profile：プロバイダープロファイル「%1」はありません（既知：%2）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル：%1</translation>
    </message>
    <message>
        <source>A price table (JSON) to use instead of the profile&apos;s prices.</source>
        <translation>プロファイルの価格の代わりに使う価格表（JSON）。</translation>
    </message>
    <message>
        <source>Measures continuity between circled takes: for every cut, the mean absolute difference between the outgoing clip&apos;s last frame and the incoming clip&apos;s first frame (0-255 per channel, both scaled to the smaller size; under %1 is continuous), and for every clip, how far its dominant colours are from the shot&apos;s palette (mean CIEDE2000 to the nearest declared colour). Worst first. Exit code 0: measured; 2: the file cannot be read.</source>
        <translation>OKテイク間のつながりを測定します。各カット点について、前のクリップの最後のフレームと次のクリップの最初のフレームの平均絶対差（チャンネルごとに 0-255、両方を小さい方のサイズに縮小。%1 未満ならつながっている）を、各クリップについて主要色とショットのパレットとの距離（宣言された最も近い色との CIEDE2000 の平均）を求めます。悪い順に表示します。終了コード 0：測定済み、2：ファイルを読めません。</translation>
    </message>
    <message>
        <source>Print the numbers as JSON.</source>
        <translation>数値を JSON で出力します。</translation>
    </message>
    <message numerus="yes">
        <source>%n cut(s) and %1 clip(s) measured</source>
        <translation>
            <numerusform>%n 個のカット点と %1 本のクリップを測定しました</numerusform>
        </translation>
    </message>
    <message>
        <source>measure the cuts and colours of the circled takes</source>
        <translation>OKテイクのカット点と色を測定する</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ClipRenderer</name>
    <message>
        <source>Invalid render size or length.</source>
        <translation>レンダリングのサイズまたは長さが無効です。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for rendering.</source>
        <translation>レンダリング用の一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg が失敗しました（終了コード %1）：%2</translation>
    </message>
    <message>
        <source>Cannot start ffmpeg (%1): %2</source>
        <translation>ffmpeg を起動できません（%1）：%2</translation>
    </message>
    <message>
        <source>ffmpeg took too long.</source>
        <translation>ffmpeg の処理に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Cannot move the rendered files into place.</source>
        <translation>レンダリングしたファイルを所定の場所に移動できません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComfyUiRoutes</name>
    <message>
        <source>Injected by the ShotBrief emulator (HTTP %1).</source>
        <translation>ShotBrief エミュレーターによる注入（HTTP %1）。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使えません。</translation>
    </message>
    <message>
        <source>The prompt graph is empty.</source>
        <translation>プロンプトのグラフが空です。</translation>
    </message>
    <message>
        <source>Node %1 has no class_type or inputs.</source>
        <translation>ノード %1 に class_type または inputs がありません。</translation>
    </message>
    <message>
        <source>Node %1 input &quot;%2&quot; links to the missing node %3.</source>
        <translation>ノード %1 の入力「%2」は存在しないノード %3 につながっています。</translation>
    </message>
    <message>
        <source>Prompt has no outputs.</source>
        <translation>プロンプトに出力がありません。</translation>
    </message>
    <message>
        <source>No latent video node with width, height and length.</source>
        <translation>幅・高さ・長さを持つ潜在動画ノードがありません。</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 16 up to 2048.</source>
        <translation>幅と高さは 2048 以下の 16 の倍数でなければなりません。</translation>
    </message>
    <message>
        <source>The frame rate must be positive.</source>
        <translation>フレームレートは正の数でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid prompt: send {&quot;prompt&quot;: &lt;API-format graph&gt;}.</source>
        <translation>プロンプトが無効です：{&quot;prompt&quot;: &lt;API 形式のグラフ&gt;} を送ってください。</translation>
    </message>
    <message>
        <source>Prompt outputs failed validation</source>
        <translation>プロンプトの出力が検証に失敗しました</translation>
    </message>
    <message>
        <source>Invalid image file: %1</source>
        <translation>無効な画像ファイル：%1</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>中断しました。</translation>
    </message>
    <message>
        <source>The emulator could not store the start or end image.</source>
        <translation>エミュレーターは開始画像または終了画像を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComfyUiVideoProvider</name>
    <message>
        <source>There is no ComfyUI workflow &quot;%1&quot; (known: %2). Add it to %3.</source>
        <translation>ComfyUI のワークフロー「%1」はありません（既知：%2）。%3 に追加してください。</translation>
    </message>
    <message>
        <source>Cannot read the reference image %1: %2</source>
        <translation>参照画像 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>larger than 50 MB</source>
        <translation>50 MB を超えています</translation>
    </message>
    <message>
        <source>ComfyUI did not name the upload.</source>
        <translation>ComfyUI はアップロードしたファイルの名前を返しませんでした。</translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation>ノード %1（%2）：%3</translation>
    </message>
    <message>
        <source>ComfyUI&apos;s answer has no prompt_id.</source>
        <translation>ComfyUI の応答に prompt_id がありません。</translation>
    </message>
    <message>
        <source>The workflow finished without a video file: does it end in SaveVideo or VHS_VideoCombine?</source>
        <translation>ワークフローは動画ファイルなしで終了しました。最後が SaveVideo か VHS_VideoCombine になっていますか？</translation>
    </message>
    <message>
        <source>The render was interrupted in ComfyUI.</source>
        <translation>ComfyUI でレンダリングが中断されました。</translation>
    </message>
    <message>
        <source>ComfyUI failed in node %1 (%2): %3</source>
        <translation>ComfyUI がノード %1（%2）で失敗しました：%3</translation>
    </message>
    <message>
        <source>ComfyUI reported an error.</source>
        <translation>ComfyUI がエラーを報告しました。</translation>
    </message>
    <message>
        <source>ComfyUI no longer knows the prompt %1 (was it restarted or its history cleared?).</source>
        <translation>ComfyUI はプロンプト %1 をもう認識していません（再起動したか、履歴を消去しましたか？）。</translation>
    </message>
    <message>
        <source>ComfyUI makes no %1.</source>
        <translation>ComfyUI は %1 を作りません。</translation>
    </message>
    <message>
        <source>ComfyUI has no video for the prompt %1.</source>
        <translation>ComfyUI にプロンプト %1 の動画はありません。</translation>
    </message>
    <message>
        <source>The prompt %1 has not finished yet.</source>
        <translation>プロンプト %1 はまだ完了していません。</translation>
    </message>
    <message>
        <source>ComfyUI workflows have no remix: generate a new take.</source>
        <translation>ComfyUI のワークフローにリミックスはありません。新しいテイクを生成してください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComfyUiWorkflow</name>
    <message>
        <source>The workflow &quot;%1&quot; needs nodes titled &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>ワークフロー「%1」には「%2」と「%3」という題名のノードが必要です。</translation>
    </message>
    <message>
        <source>ComfyUI needs a size like 1280x704 whose sides are multiples of 16, not &quot;%1&quot;.</source>
        <translation>ComfyUI には 1280x704 のように各辺が 16 の倍数のサイズが必要です。「%1」は使えません。</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; takes no start image (no node titled &quot;%2&quot;).</source>
        <translation>ワークフロー「%1」は開始画像を受け付けません（「%2」という題名のノードがありません）。</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>JSON オブジェクトではありません：%1</translation>
    </message>
    <message>
        <source>The workflow has no id.</source>
        <translation>ワークフローに ID がありません。</translation>
    </message>
    <message>
        <source>The workflow needs nodes titled &quot;%1&quot; and &quot;%2&quot; (API format: Workflow &gt; Export (API)).</source>
        <translation>ワークフローには「%1」と「%2」という題名のノードが必要です（API 形式：Workflow &gt; Export (API)）。</translation>
    </message>
    <message>
        <source>The workflow needs a positive fps, durations and sizes.</source>
        <translation>ワークフローには正の fps、長さ、サイズが必要です。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; takes no end image (no node titled &quot;%2&quot;).</source>
        <translation>ワークフロー「%1」は終了画像を受け付けません（「%2」という名前のノードがありません）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Commands</name>
    <message>
        <source>Edit %1 of shot %2</source>
        <translation>ショット %2 の %1 を編集</translation>
    </message>
    <message>
        <source>Insert shot %1</source>
        <translation>ショット %1 を挿入</translation>
    </message>
    <message>
        <source>Delete shot %1</source>
        <translation>ショット %1 を削除</translation>
    </message>
    <message>
        <source>Move shot</source>
        <translation>ショットを移動</translation>
    </message>
    <message>
        <source>Uncircle take</source>
        <translation>OKテイクを解除</translation>
    </message>
    <message>
        <source>Circle take</source>
        <translation>OKテイクにする</translation>
    </message>
    <message>
        <source>Edit style bible</source>
        <translation>スタイルバイブルを編集</translation>
    </message>
    <message>
        <source>Edit cast</source>
        <translation>キャストを編集</translation>
    </message>
    <message>
        <source>Edit scenes</source>
        <translation>シーンを編集</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>プロジェクト名を変更</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>プロジェクト設定を変更</translation>
    </message>
</context>
<context>
    <name>ShotBrief::CompareEngine</name>
    <message>
        <source>Cannot play this clip</source>
        <translation>このクリップを再生できません</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComparePanel</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>前のフレーム（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>次のフレーム（→）</translation>
    </message>
    <message>
        <source>The take you hear</source>
        <translation>音声を聞くテイク</translation>
    </message>
    <message>
        <source>A/B wipe</source>
        <translation>A/B ワイプ</translation>
    </message>
    <message>
        <source>Wipe between two takes (W)</source>
        <translation>2 つのテイクをワイプで比較（W）</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>音声：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>reference prompt</source>
        <translation>基準プロンプト</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>テイク %1</translation>
    </message>
    <message>
        <source>A · Take %1</source>
        <translation>A · テイク %1</translation>
    </message>
    <message>
        <source>B · Take %1</source>
        <translation>B · テイク %1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::CompareTile</name>
    <message>
        <source>Take %1</source>
        <translation>テイク %1</translation>
    </message>
    <message>
        <source>circled</source>
        <translation>OKテイク</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ContinuityReport</name>
    <message>
        <source>Shot %1 has no circled clip.</source>
        <translation>ショット %1 に OKクリップがありません。</translation>
    </message>
    <message>
        <source>Shot %1: %2</source>
        <translation>ショット %1：%2</translation>
    </message>
    <message>
        <source>Shot %1 declares no palette.</source>
        <translation>ショット %1 はパレットを宣言していません。</translation>
    </message>
    <message>
        <source>Cuts, worst first (mean absolute difference of the frames either side, 0-255; under %1 is continuous):</source>
        <translation>カット点（悪い順。前後のフレームの平均絶対差、0-255。%1 未満ならつながっている）：</translation>
    </message>
    <message>
        <source>none measured</source>
        <translation>測定なし</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>つながっている</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>飛び</translation>
    </message>
    <message>
        <source>chained, %1</source>
        <translation>接続済み、%1</translation>
    </message>
    <message>
        <source>Clips, worst first (dominant colours against the declared palette, mean CIEDE2000):</source>
        <translation>クリップ（悪い順。主要色と宣言されたパレットの差、CIEDE2000 の平均）：</translation>
    </message>
    <message>
        <source>Not measured:</source>
        <translation>未測定：</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ContinuityReportDialog</name>
    <message>
        <source>Continuity Report</source>
        <translation>つながりレポート</translation>
    </message>
    <message>
        <source>&amp;Cuts, worst first: the difference between the last frame before the cut and the first frame after it (0-255; under %1 is continuous)</source>
        <translation>カット点(&amp;C)（悪い順）：カット前の最後のフレームとカット後の最初のフレームの差（0-255。%1 未満ならつながっている）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>カット</translation>
    </message>
    <message>
        <source>Cuts</source>
        <translation>カット点</translation>
    </message>
    <message>
        <source>C&amp;lips, worst first: how far the clip&apos;s dominant colours are from the shot&apos;s palette (mean CIEDE2000; under 10 reads as the same colours)</source>
        <translation>クリップ(&amp;L)（悪い順）：クリップの主要色とショットのパレットとの距離（CIEDE2000 の平均。10 未満なら同じ色に見える）</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Dominant colours</source>
        <translation>主要色</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>&amp;Measure Again</source>
        <translation>再測定(&amp;M)</translation>
    </message>
    <message>
        <source>Save the project and generate takes first: the report measures the circled clips in its media folder.</source>
        <translation>先にプロジェクトを保存してテイクを生成してください。レポートはメディアフォルダーの OKクリップを測定します。</translation>
    </message>
    <message numerus="yes">
        <source>Measuring %n circled clip(s)…</source>
        <translation>
            <numerusform>%n 本の OKクリップを測定中…</numerusform>
        </translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>つながっている</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>飛び</translation>
    </message>
    <message>
        <source>chained, continuous</source>
        <translation>接続済み、つながっている</translation>
    </message>
    <message>
        <source>chained, but jumps: generate %1 again</source>
        <translation>接続済みだが飛びあり：%1 を生成し直してください</translation>
    </message>
    <message numerus="yes">
        <source>%n cut(s) and %1 clip(s) measured.</source>
        <translation>
            <numerusform>%n 個のカット点と %1 本のクリップを測定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>未測定：%1</translation>
    </message>
    <message>
        <source>Circle a ready take of two adjacent shots to measure their cut.</source>
        <translation>隣り合う 2 つのショットの完了したテイクをOKにすると、そのカット点を測定できます。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::CredentialStore</name>
    <message>
        <source>No keychain is available on this system: set the environment variable %1 instead.</source>
        <translation>このシステムではキーチェーンを利用できません。代わりに環境変数 %1 を設定してください。</translation>
    </message>
    <message>
        <source>The keychain refused to store the key: %1</source>
        <translation>キーチェーンがキーの保存を拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::DocumentTakeStore</name>
    <message>
        <source>The shot was deleted.</source>
        <translation>ショットは削除されました。</translation>
    </message>
    <message>
        <source>The shot or take was deleted.</source>
        <translation>ショットまたはテイクは削除されました。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::EmulatorJobStore</name>
    <message>
        <source>Cannot read the emulator state: %1</source>
        <translation>エミュレーターの状態を読み込めません：%1</translation>
    </message>
    <message>
        <source>The emulator state is not valid JSON: %1</source>
        <translation>エミュレーターの状態が有効な JSON ではありません：%1</translation>
    </message>
    <message>
        <source>Cannot write the emulator state: %1</source>
        <translation>エミュレーターの状態を書き込めません：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::EmulatorMain</name>
    <message>
        <source>ShotBrief emulator: a local server speaking the OpenAI Videos API (/v1/videos), Runway&apos;s task API (/v1/text_to_video, /v1/image_to_video, /v1/tasks) and a local ComfyUI&apos;s API (/prompt, /history, /view ...) that renders placeholder clips with ffmpeg.</source>
        <translation>ShotBrief エミュレーター：OpenAI Videos API（/v1/videos）、Runway のタスク API（/v1/text_to_video、/v1/image_to_video、/v1/tasks）、ローカル ComfyUI の API（/prompt、/history、/view ...）を話すローカルサーバーで、ffmpeg でプレースホルダークリップを生成します。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>127.0.0.1 のポート（0 = 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>Seconds from queued to completed.</source>
        <translation>キュー投入から完了までの秒数。</translation>
    </message>
    <message>
        <source>Folder for jobs and media (default: a temporary folder).</source>
        <translation>ジョブとメディアのフォルダー（既定：一時フォルダー）。</translation>
    </message>
    <message>
        <source>Fault injection SPEC (see above).</source>
        <translation>障害注入の指定 SPEC（上記参照）。</translation>
    </message>
    <message>
        <source>Accept only this API key (default: any non-empty key).</source>
        <translation>この API キーのみ受け付けます（既定：空でない任意のキー）。</translation>
    </message>
    <message>
        <source>Running jobs allowed per key before 429.</source>
        <translation>429 を返す前に、キーごとに許可する実行中ジョブ数。</translation>
    </message>
    <message>
        <source>Seconds a finished clip stays downloadable.</source>
        <translation>完了したクリップをダウンロードできる秒数。</translation>
    </message>
    <message>
        <source>The ffmpeg program.</source>
        <translation>ffmpeg プログラム。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port は 0～65535 の数値でなければなりません。</translation>
    </message>
    <message>
        <source>--job-seconds must be a non-negative number.</source>
        <translation>--job-seconds は 0 以上の数値でなければなりません。</translation>
    </message>
    <message>
        <source>--max-running must be a positive number.</source>
        <translation>--max-running は正の数値でなければなりません。</translation>
    </message>
    <message>
        <source>--expiry-seconds must be a number.</source>
        <translation>--expiry-seconds は数値でなければなりません。</translation>
    </message>
    <message>
        <source>ShotBrief emulator: cannot listen on 127.0.0.1:%1.</source>
        <translation>ShotBrief エミュレーター：127.0.0.1:%1 で待ち受けできません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::EmulatorServer</name>
    <message>
        <source>The request body is too large.</source>
        <translation>リクエスト本文が大きすぎます。</translation>
    </message>
    <message>
        <source>Send {&quot;spec&quot;: &quot;&lt;fault spec&gt;&quot;}.</source>
        <translation>{&quot;spec&quot;: &quot;&lt;障害指定&gt;&quot;} を送信してください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Export</name>
    <message>
        <source>(no take)</source>
        <translation>（テイクなし）</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>書き出しをキャンセルしました</translation>
    </message>
    <message>
        <source>None of the selected shots is in the project</source>
        <translation>選択したショットはどれもプロジェクトにありません</translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (set QT_QPA_PLATFORM=offscreen when there is no display)</source>
        <translation>PDF の書き出しには QGuiApplication が必要です（ディスプレイがない場合は QT_QPA_PLATFORM=offscreen を設定してください）</translation>
    </message>
    <message>
        <source>Unknown export format</source>
        <translation>不明な書き出し形式</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Prompt sheet (PDF)</source>
        <translation>プロンプトシート（PDF）</translation>
    </message>
    <message>
        <source>Storyboard (PDF)</source>
        <translation>絵コンテ（PDF）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (self-contained)</source>
        <translation>HTML（単一ファイル）</translation>
    </message>
    <message>
        <source>Shot list (CSV)</source>
        <translation>ショットリスト（CSV）</translation>
    </message>
    <message>
        <source>Prompts (JSON)</source>
        <translation>プロンプト（JSON）</translation>
    </message>
    <message>
        <source>Edit list (OpenTimelineIO)</source>
        <translation>編集リスト（OpenTimelineIO）</translation>
    </message>
    <message>
        <source>Edit list (CMX 3600 EDL)</source>
        <translation>編集リスト（CMX 3600 EDL）</translation>
    </message>
    <message>
        <source>Edit list (MLT: Shotcut, Kdenlive)</source>
        <translation>編集リスト（MLT：Shotcut、Kdenlive）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Cannot start the PDF</source>
        <translation>PDF を開始できません</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>絵コンテ</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>最後のフレーム</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>&amp;All shots (%1)</source>
        <translation>すべてのショット（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Selected shots (%1)</source>
        <translation>選択したショット（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;cene:</source>
        <translation>シーン(&amp;C)：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>横向き(&amp;L)</translation>
    </message>
    <message>
        <source>6 frames a page</source>
        <translation>1 ページ 6 コマ</translation>
    </message>
    <message>
        <source>9 frames a page</source>
        <translation>1 ページ 9 コマ</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>BOM（表計算ソフト向け）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Storyboard:</source>
        <translation>絵コンテ(&amp;S)：</translation>
    </message>
    <message>
        <source>CSV:</source>
        <translation>CSV：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>出力先(&amp;O)：</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Shots to export: %1</source>
        <translation>書き出すショット：%1</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>書き出し先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 を書き出し中...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FaultSpec</name>
    <message>
        <source>Fault spec: seed must be a non-negative integer: %1</source>
        <translation>障害指定：seed は 0 以上の整数でなければなりません：%1</translation>
    </message>
    <message>
        <source>Fault spec: unknown fault kind &quot;%1&quot; (expected 429, 500, 503, drop, slow, moderation, lost or renderfail)</source>
        <translation>障害指定：不明な障害の種類「%1」（429、500、503、drop、slow、moderation、lost、renderfail のいずれか）</translation>
    </message>
    <message>
        <source>Fault spec: expected FIELD=VALUE, got &quot;%1&quot;</source>
        <translation>障害指定：FIELD=VALUE の形式が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>Fault spec: unknown field &quot;%1&quot;</source>
        <translation>障害指定：不明なフィールド「%1」</translation>
    </message>
    <message>
        <source>Fault spec: bad value in &quot;%1&quot;</source>
        <translation>障害指定：「%1」の値が不正です</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FileTakeStore</name>
    <message>
        <source>The project is read-only.</source>
        <translation>プロジェクトは読み取り専用です。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FrameGrabber</name>
    <message>
        <source>ffmpeg gave no frame</source>
        <translation>ffmpeg がフレームを出力しませんでした</translation>
    </message>
    <message>
        <source>Cannot take a frame from &quot;%1&quot;: %2</source>
        <translation>「%1」からフレームを取り出せません：%2</translation>
    </message>
    <message>
        <source>The clip &quot;%1&quot; is missing.</source>
        <translation>クリップ「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません：%2</translation>
    </message>
    <message>
        <source>ffmpeg took longer than a minute on &quot;%1&quot;.</source>
        <translation>ffmpeg が「%1」の処理に 1 分以上かかりました。</translation>
    </message>
    <message>
        <source>ffmpeg gave a frame of &quot;%1&quot; that cannot be read.</source>
        <translation>ffmpeg が出力した「%1」のフレームを読み取れません。</translation>
    </message>
    <message>
        <source>Cannot write the frame: %1</source>
        <translation>フレームを書き込めません：%1</translation>
    </message>
    <message>
        <source>ffmpeg gave no frame of &quot;%1&quot;.</source>
        <translation>ffmpeg が「%1」のフレームを出力しませんでした。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is missing.</source>
        <translation>画像「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG or WebP picture.</source>
        <translation>「%1」は PNG、JPEG、WebP の画像ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>「%1」を読み取れません：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2x%3 pixels: pictures over 50 megapixels are refused. Scale it down first.</source>
        <translation>「%1」は %2x%3 ピクセルです。5000 万画素を超える画像は受け付けません。先に縮小してください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FramePicker</name>
    <message>
        <source>First frame picture</source>
        <translation>最初のフレームの画像</translation>
    </message>
    <message>
        <source>Last frame picture</source>
        <translation>最後のフレームの画像</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>選択(&amp;H)...</translation>
    </message>
    <message>
        <source>Choo&amp;se...</source>
        <translation>選択(&amp;S)...</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture; you can also drop one here</source>
        <translation>PNG、JPEG、WebP の画像。ここにドロップすることもできます</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>The picture on the clipboard</source>
        <translation>クリップボードの画像</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Choose first frame</source>
        <translation>最初のフレームを選ぶ</translation>
    </message>
    <message>
        <source>Choose last frame</source>
        <translation>最後のフレームを選ぶ</translation>
    </message>
    <message>
        <source>Paste first frame</source>
        <translation>最初のフレームを貼り付け</translation>
    </message>
    <message>
        <source>Paste last frame</source>
        <translation>最後のフレームを貼り付け</translation>
    </message>
    <message>
        <source>Clear first frame</source>
        <translation>最初のフレームをクリア</translation>
    </message>
    <message>
        <source>Clear last frame</source>
        <translation>最後のフレームをクリア</translation>
    </message>
    <message>
        <source>From the Previous Shot</source>
        <translation>前のショットから</translation>
    </message>
    <message>
        <source>The last frame of the previous shot&apos;s circled take</source>
        <translation>前のショットの OKテイクの最後のフレーム</translation>
    </message>
    <message>
        <source>First frame from the previous shot&apos;s circled take</source>
        <translation>前のショットの OKテイクから最初のフレームを取る</translation>
    </message>
    <message>
        <source>None: the model chooses how the clip begins.</source>
        <translation>なし：クリップの始まりはモデルが決めます。</translation>
    </message>
    <message>
        <source>None: the model chooses how the clip ends.</source>
        <translation>なし：クリップの終わりはモデルが決めます。</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>⚠ The picture cannot be read: %1</source>
        <translation>⚠ 画像を読み取れません：%1</translation>
    </message>
    <message>
        <source>✓ %1, matches the clip size</source>
        <translation>✓ %1、クリップのサイズと一致</translation>
    </message>
    <message>
        <source>⚠ %1 does not match the clip size %2: choose it again to crop or scale it.</source>
        <translation>⚠ %1 はクリップのサイズ %2 と一致しません。もう一度選んでトリミングまたは拡大縮小してください。</translation>
    </message>
    <message>
        <source>Choose First Frame</source>
        <translation>最初のフレームを選ぶ</translation>
    </message>
    <message>
        <source>Choose Last Frame</source>
        <translation>最後のフレームを選ぶ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>クリップボードに画像がありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerateCommand</name>
    <message>
        <source>generate: there is no shot &quot;%1&quot; (use 1-based numbers, labels or ids).</source>
        <translation>generate：ショット「%1」はありません（1 から始まる番号、ラベル、または ID を使ってください）。</translation>
    </message>
    <message>
        <source>Generates takes for the shots of a project.</source>
        <translation>プロジェクトのショットのテイクを生成します。</translation>
    </message>
    <message>
        <source>The .shotbrief project.</source>
        <translation>.shotbrief プロジェクト。</translation>
    </message>
    <message>
        <source>Shots to generate: all, or 1-based numbers, labels or ids separated by commas.</source>
        <translation>生成するショット：all、またはカンマ区切りの番号（1 始まり）、ラベル、ID。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Takes wanted per shot (ready or running ones count).</source>
        <translation>ショットごとに必要なテイク数（完了済み・実行中のものも数えます）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Provider profile (openai, azure, emulator or one from providers.json).</source>
        <translation>プロバイダープロファイル（openai、azure、emulator、または providers.json のもの）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.</source>
        <translation>OpenAI 互換サーバー。例：http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Refuse a batch whose estimate would take the project&apos;s spend above this (USD).</source>
        <translation>見積もりでプロジェクトの支出がこの額（USD）を超えるバッチは拒否します。</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>usd</translation>
    </message>
    <message>
        <source>Jobs running at once (default: the profile&apos;s).</source>
        <translation>同時に実行するジョブ数（既定：プロファイルの値）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Milliseconds between status checks.</source>
        <translation>状態確認の間隔（ミリ秒）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>設定フォルダーのものの代わりに使う providers.json。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>usage: shotbrief-cli generate FILE [--shots N,M|all] [--variants K] [--profile NAME | --base-url URL] [--max-spend USD]</source>
        <translation>使い方：shotbrief-cli generate ファイル [--shots N,M|all] [--variants K] [--profile 名前 | --base-url URL] [--max-spend USD]</translation>
    </message>
    <message>
        <source>generate: use either --profile or --base-url, not both.</source>
        <translation>generate：--profile と --base-url はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>generate: --variants takes a number from 1 to 20.</source>
        <translation>generate：--variants には 1～20 の数値を指定します。</translation>
    </message>
    <message>
        <source>generate: --max-spend takes an amount in USD, such as 5 or 2.50.</source>
        <translation>generate：--max-spend には USD の金額（例：5、2.50）を指定します。</translation>
    </message>
    <message>
        <source>generate: --concurrency takes a number from 1 to 32.</source>
        <translation>generate：--concurrency には 1～32 の数値を指定します。</translation>
    </message>
    <message>
        <source>generate: --poll-ms takes a number of milliseconds (10 or more).</source>
        <translation>generate：--poll-ms にはミリ秒数（10 以上）を指定します。</translation>
    </message>
    <message>
        <source>generate: unknown profile &quot;%1&quot; (known: %2).</source>
        <translation>generate：不明なプロファイル「%1」（既知：%2）。</translation>
    </message>
    <message>
        <source>generate: no API key for &quot;%1&quot;: set %2 or store one in the keychain.</source>
        <translation>generate：「%1」の API キーがありません。%2 を設定するか、キーチェーンに保存してください。</translation>
    </message>
    <message>
        <source>Using the built-in emulator at %1 (placeholder clips, no cost; state in %2).</source>
        <translation>%1 の内蔵エミュレーターを使用します（プレースホルダークリップ、費用なし。状態は %2）。</translation>
    </message>
    <message>
        <source>Shot %1: take %2 may have been paid for but its answer was lost; no new take is made for it. Check the provider&apos;s dashboard, then retry the take in the window if it was not.</source>
        <translation>ショット %1：テイク %2 は課金済みの可能性がありますが、応答が失われました。新しいテイクは作成しません。プロバイダーのダッシュボードを確認し、課金されていなければウィンドウからテイクを再試行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Generating with &quot;%1&quot;: %n new take(s), concurrency %2.</source>
        <translation>
            <numerusform>「%1」で生成中：新しいテイク %n 件、同時実行数 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>shot %1: take %2 %3</source>
        <translation>ショット %1：テイク %2 %3</translation>
    </message>
    <message>
        <source>shot %1: take %2 %3%</source>
        <translation>ショット %1：テイク %2 %3%</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shot(s) have their takes.</source>
        <translation>
            <numerusform>%n ショット中 %1 ショットにテイクがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>generate: &quot;%1&quot; does not answer at %2; start it, or leave out --profile to use the built-in emulator.</source>
        <translation>generate：「%1」が %2 で応答しません。起動するか、--profile を外して内蔵エミュレーターを使ってください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerationController</name>
    <message>
        <source>Save the project first: clips are downloaded into its media folder.</source>
        <translation>先にプロジェクトを保存してください。クリップはプロジェクトのメディアフォルダーにダウンロードされます。</translation>
    </message>
    <message>
        <source>This project is read-only.</source>
        <translation>このプロジェクトは読み取り専用です。</translation>
    </message>
    <message>
        <source>Generation starts the provider of the project (&quot;%1&quot;); without an API key the built-in emulator makes placeholder clips at no cost.</source>
        <translation>生成にはプロジェクトのプロバイダー（「%1」）を使います。API キーがなければ内蔵エミュレーターが無料でプレースホルダークリップを作ります。</translation>
    </message>
    <message>
        <source>Still reading the API key from the keychain.</source>
        <translation>まだキーチェーンから API キーを読み込んでいます。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerationQueue</name>
    <message>
        <source>Refused before sending anything: this batch is estimated at %1 (price table: %2); with %3 already spent and %4 pending, that exceeds the spending cap of %5.</source>
        <translation>何も送信する前に拒否しました：このバッチの見積もりは %1（料金表：%2）で、支出済み %3 と処理待ち %4 を合わせると支出上限 %5 を超えます。</translation>
    </message>
    <message>
        <source>Cannot save the project: %1</source>
        <translation>プロジェクトを保存できません：%1</translation>
    </message>
    <message>
        <source>Cannot record the spend of take %1: %2</source>
        <translation>テイク %1 の支出を記録できません：%2</translation>
    </message>
    <message>
        <source>There is no shot %1 in the project.</source>
        <translation>プロジェクトにショット %1 はありません。</translation>
    </message>
    <message>
        <source>There is no take %1 in shot %2.</source>
        <translation>ショット %2 にテイク %1 はありません。</translation>
    </message>
    <message>
        <source>Only a finished take can be remixed.</source>
        <translation>リミックスできるのは完了したテイクだけです。</translation>
    </message>
    <message>
        <source>A remix needs a prompt that says what to change.</source>
        <translation>リミックスには、何を変えるかを書いたプロンプトが必要です。</translation>
    </message>
    <message>
        <source>Only a failed, canceled or expired take can be retried.</source>
        <translation>再試行できるのは失敗・キャンセル・期限切れのテイクだけです。</translation>
    </message>
    <message>
        <source>Take %1 of shot %2 runs on provider &quot;%3&quot;; it is left alone.</source>
        <translation>ショット %2 のテイク %1 はプロバイダー「%3」で実行中のため、そのままにします。</translation>
    </message>
    <message>
        <source>The take to remix is gone or was never generated.</source>
        <translation>リミックス元のテイクは存在しないか、生成されていません。</translation>
    </message>
    <message>
        <source>Shot %1: the create request&apos;s outcome is unknown (%2); checking the provider&apos;s list before sending anything again.</source>
        <translation>ショット %1：作成リクエストの結果が不明です（%2）。再送信する前にプロバイダーの一覧を確認します。</translation>
    </message>
    <message>
        <source>Shot %1: %2 Trying again in %3 s.</source>
        <translation>ショット %1：%2 %3 秒後に再試行します。</translation>
    </message>
    <message>
        <source>Shot %1: take failed: %2</source>
        <translation>ショット %1：テイクが失敗しました：%2</translation>
    </message>
    <message>
        <source>Shot %1: cannot check the provider&apos;s list: %2</source>
        <translation>ショット %1：プロバイダーの一覧を確認できません：%2</translation>
    </message>
    <message>
        <source>Shot %1: found the job %2 that was already created; not sending again.</source>
        <translation>ショット %1：作成済みのジョブ %2 が見つかりました。再送信しません。</translation>
    </message>
    <message>
        <source>Shot %1: cannot follow the job %2: %3</source>
        <translation>ショット %1：ジョブ %2 を追跡できません：%3</translation>
    </message>
    <message>
        <source>Shot %1: take ready (%2).</source>
        <translation>ショット %1：テイクの準備ができました（%2）。</translation>
    </message>
    <message>
        <source>Shot %1: no %2 (%3).</source>
        <translation>ショット %1：%2 がありません（%3）。</translation>
    </message>
    <message>
        <source>Shot %1: cannot download the clip: %2</source>
        <translation>ショット %1：クリップをダウンロードできません：%2</translation>
    </message>
    <message>
        <source>Whether this take was made (and paid for) is unknown: its request was being sent when generation stopped, and &quot;%1&quot; cannot list its jobs to check. Look for it on the provider&apos;s dashboard; if it is not there, retry the take by hand.</source>
        <translation>このテイクが作成（および課金）されたかどうかは不明です。生成が止まったときにリクエストを送信中で、「%1」はジョブ一覧を取得できないため確認できません。プロバイダーのダッシュボードで探し、見つからなければテイクを手動で再試行してください。</translation>
    </message>
    <message>
        <source>Shot %1: %2</source>
        <translation>ショット %1：%2</translation>
    </message>
    <message>
        <source>Shot %1 is chained to the previous shot, but %2 cannot begin a clip on a picture: choose a model that takes a first frame, or stop chaining the shot.</source>
        <translation>ショット %1 は前のショットに接続されていますが、%2 は画像からクリップを始められません。最初のフレームを受け付けるモデルを選ぶか、接続をやめてください。</translation>
    </message>
    <message>
        <source>Shot %1 begins on the last frame of shot %2, whose take is not being generated: generate shot %2 first, or both together.</source>
        <translation>ショット %1 はショット %2 の最後のフレームから始まりますが、そのテイクは生成中ではありません。先にショット %2 を生成するか、両方を一緒に生成してください。</translation>
    </message>
    <message>
        <source>Shot %1: %2.</source>
        <translation>ショット %1：%2。</translation>
    </message>
    <message>
        <source>Cannot take the last frame of shot %1: %2</source>
        <translation>ショット %1 の最後のフレームを取り出せません：%2</translation>
    </message>
    <message>
        <source>Cannot save the first frame of shot %1: %2</source>
        <translation>ショット %1 の最初のフレームを保存できません：%2</translation>
    </message>
    <message>
        <source>Shot %1: its first frame is the last frame of shot %2.</source>
        <translation>ショット %1：最初のフレームはショット %2 の最後のフレームです。</translation>
    </message>
    <message>
        <source>The first frame &quot;%1&quot; is missing from the media folder.</source>
        <translation>メディアフォルダーに最初のフレーム「%1」がありません。</translation>
    </message>
    <message>
        <source>%1 cannot end a clip on a chosen picture: choose a model that takes a last frame, or remove the shot&apos;s last frame.</source>
        <translation>%1 は指定した画像でクリップを終えられません。最後のフレームを受け付けるモデルを選ぶか、ショットの最後のフレームを外してください。</translation>
    </message>
    <message>
        <source>The last frame &quot;%1&quot; is missing from the media folder.</source>
        <translation>メディアフォルダーに最後のフレーム「%1」がありません。</translation>
    </message>
    <message>
        <source>The reference picture of %1 (&quot;%2&quot;) is missing from the media folder.</source>
        <translation>メディアフォルダーに %1 の参照画像（「%2」）がありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerationSession</name>
    <message>
        <source>The built-in emulator could not start.</source>
        <translation>内蔵エミュレーターを起動できませんでした。</translation>
    </message>
    <message>
        <source>Built-in emulator speaking %1 in place of %2: placeholder clips, no cost.</source>
        <translation>内蔵エミュレーターが %2 の代わりに%1で応答します：プレースホルダーのクリップ、費用なし。</translation>
    </message>
    <message>
        <source>Built-in emulator (no API key configured): placeholder clips, no cost.</source>
        <translation>内蔵エミュレーター（API キー未設定）：プレースホルダークリップ、費用なし。</translation>
    </message>
    <message>
        <source>Provider: %1. It has no prices: no cost is recorded.</source>
        <translation>プロバイダー：%1。価格表がないため、費用は記録されません。</translation>
    </message>
    <message>
        <source>Provider: %1. Generation is billed by the provider.</source>
        <translation>プロバイダー：%1。生成費用はプロバイダーから請求されます。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::JobRunner</name>
    <message>
        <source>Your request was blocked by the moderation system.</source>
        <translation>リクエストはモデレーションシステムによりブロックされました。</translation>
    </message>
    <message>
        <source>The clip could not be rendered.</source>
        <translation>クリップをレンダリングできませんでした。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Linter</name>
    <message>
        <source>Unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>Choose a model the provider offers.</source>
        <translation>プロバイダーが提供するモデルを選んでください。</translation>
    </message>
    <message>
        <source>Duration not allowed</source>
        <translation>使用できない長さ</translation>
    </message>
    <message>
        <source>Choose one of the model&apos;s durations; for a longer moment, cut two shots together.</source>
        <translation>モデルが対応する長さを選んでください。長い場面は 2 つのショットをつないで作ります。</translation>
    </message>
    <message>
        <source>Size not allowed</source>
        <translation>使用できないサイズ</translation>
    </message>
    <message>
        <source>Choose one of the model&apos;s sizes.</source>
        <translation>モデルが対応するサイズのいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Empty prompt</source>
        <translation>プロンプトが空です</translation>
    </message>
    <message>
        <source>Describe the scene, the camera or the action: the provider needs a prompt.</source>
        <translation>シーン、カメラ、アクションのいずれかを記述してください。プロバイダーにはプロンプトが必要です。</translation>
    </message>
    <message>
        <source>Prompt too long</source>
        <translation>プロンプトが長すぎます</translation>
    </message>
    <message>
        <source>Shorten the scene prose, the action beats or the cast identities: the provider refuses longer prompts.</source>
        <translation>シーンの描写、アクションビート、キャストの設定を短くしてください。プロバイダーはこれより長いプロンプトを受け付けません。</translation>
    </message>
    <message>
        <source>Framing is missing</source>
        <translation>フレーミングがありません</translation>
    </message>
    <message>
        <source>Add a shot size and angle, such as &quot;wide shot, eye level&quot;: framing, depth of field and a lighting anchor keep results from being random.</source>
        <translation>「ロングショット、アイレベル」のようにショットサイズとカメラアングルを加えてください。フレーミング、被写界深度、ライティングの手がかりがあれば結果が偶然に左右されません。</translation>
    </message>
    <message>
        <source>Depth of field is missing</source>
        <translation>被写界深度がありません</translation>
    </message>
    <message>
        <source>Say whether the depth of field is shallow (sharp subject, blurred background) or deep (everything sharp).</source>
        <translation>被写界深度が浅い（被写体にピント、背景はぼける）か深い（全体にピント）かを指定してください。</translation>
    </message>
    <message>
        <source>Lighting is missing</source>
        <translation>ライティングがありません</translation>
    </message>
    <message>
        <source>Name the light&apos;s source, direction and quality, such as &quot;warm backlight with soft rim&quot;, in the shot or in the style bible.</source>
        <translation>ショットかスタイルバイブルに、光源・方向・質を書いてください（例：「暖かい逆光と柔らかなリムライト」）。</translation>
    </message>
    <message>
        <source>Palette is missing</source>
        <translation>パレットがありません</translation>
    </message>
    <message>
        <source>Name 3 to 5 main colours, such as &quot;teal, sand, rust&quot;, in the shot or in the style bible.</source>
        <translation>ショットかスタイルバイブルに主要な色を 3～5 色挙げてください（例：「ティール、サンド、ラスト」）。</translation>
    </message>
    <message>
        <source>Action beats are missing</source>
        <translation>アクションビートがありません</translation>
    </message>
    <message>
        <source>Write the movement as countable steps: &quot;takes four steps to the window, pauses, pulls the curtain in the final second&quot;.</source>
        <translation>動きを数えられるステップで書いてください：「窓まで 4 歩進み、立ち止まり、最後の 1 秒でカーテンを引く」。</translation>
    </message>
    <message>
        <source>Palette outside 3 to 5 colours</source>
        <translation>パレットが 3～5 色ではありません</translation>
    </message>
    <message>
        <source>Keep 3 to 5 named colour anchors: fewer leaves the colours to chance, more blurs them.</source>
        <translation>名前のある色の手がかりは 3～5 色に：少ないと色が偶然任せになり、多いとぼやけます。</translation>
    </message>
    <message>
        <source>Vague word</source>
        <translation>あいまいな語</translation>
    </message>
    <message>
        <source>Replace it with what the camera sees (&quot;wet asphalt, zebra crosswalk, neon signs reflecting in puddles&quot;) or a countable action (&quot;pedals three times, brakes, and stops at the crosswalk&quot;).</source>
        <translation>カメラに映るもの（「濡れたアスファルト、横断歩道、水たまりに映るネオン看板」）か、数えられる動作（「ペダルを 3 回こぎ、ブレーキをかけ、横断歩道で止まる」）に置き換えてください。</translation>
    </message>
    <message>
        <source>Container parameter written as prompt words</source>
        <translation>コンテナのパラメーターがプロンプトの語として書かれています</translation>
    </message>
    <message>
        <source>Model, size and seconds are set in the shot&apos;s format fields; words in the prompt cannot change them. Remove the words and set the field.</source>
        <translation>モデル、サイズ、秒数はショットの形式フィールドで設定します。プロンプトの語では変えられません。語を削除してフィールドを設定してください。</translation>
    </message>
    <message>
        <source>More than one camera move</source>
        <translation>カメラの動きが複数あります</translation>
    </message>
    <message>
        <source>Converge to one camera move plus one action, or the motion becomes unreadable.</source>
        <translation>カメラの動き 1 つとアクション 1 つに絞ってください。さもないと動きが読み取れなくなります。</translation>
    </message>
    <message>
        <source>More action beats than the clip holds</source>
        <translation>アクションビートがクリップに収まりきりません</translation>
    </message>
    <message>
        <source>Keep about one beat per second, or split the action over two shots: two 4-second clips cut together often beat one 8-second clip.</source>
        <translation>1 秒に 1 ビート程度にするか、アクションを 2 つのショットに分けてください。4 秒のクリップ 2 本をつなぐほうが 8 秒 1 本より良いことがよくあります。</translation>
    </message>
    <message>
        <source>Dialogue too long for the clip</source>
        <translation>クリップに対してセリフが長すぎます</translation>
    </message>
    <message>
        <source>A 4-second clip holds 1 to 2 short exchanges: shorten the lines, or choose a longer duration for the shot.</source>
        <translation>4 秒のクリップに入るのは短いやり取り 1～2 回です。セリフを短くするか、ショットの長さを長くしてください。</translation>
    </message>
    <message>
        <source>Dialogue line without speaker</source>
        <translation>話者のないセリフ</translation>
    </message>
    <message>
        <source>Label each line with its speaker when more than one character could speak.</source>
        <translation>複数のキャラクターが話しうる場合は、各セリフに話者を付けてください。</translation>
    </message>
    <message>
        <source>Named character not in the shot</source>
        <translation>名前の出たキャラクターがショットにいません</translation>
    </message>
    <message>
        <source>Add the character to the shot&apos;s cast so that the identity description is inserted word for word, or remove the name.</source>
        <translation>キャラクターをショットのキャストに加えて設定文がそのまま挿入されるようにするか、名前を削除してください。</translation>
    </message>
    <message>
        <source>Character look redefined</source>
        <translation>キャラクターの外見が再定義されています</translation>
    </message>
    <message>
        <source>Reuse the same identity description, word for word: change the cast identity (or add a new cast member) instead of describing hair or clothes in the shot.</source>
        <translation>同じ設定文を一字一句そのまま使ってください。ショットで髪型や服装を書く代わりに、キャストの設定を変更する（または新しいキャストを追加する）こと。</translation>
    </message>
    <message>
        <source>Lighting drifts within the scene</source>
        <translation>シーン内でライティングが変わっています</translation>
    </message>
    <message>
        <source>Fix the lighting logic across the sequence: keep the same light in adjacent shots of a scene, or set it once in the style bible.</source>
        <translation>シーケンス全体でライティングの考え方をそろえてください。同じシーンの隣り合うショットでは同じ光にするか、スタイルバイブルで一度だけ設定します。</translation>
    </message>
    <message>
        <source>Palette drifts within the scene</source>
        <translation>シーン内でパレットが変わっています</translation>
    </message>
    <message>
        <source>Fix the palette across the sequence: keep the same colour anchors in adjacent shots of a scene, or set them once in the style bible.</source>
        <translation>シーケンス全体でパレットをそろえてください。同じシーンの隣り合うショットでは同じ色の手がかりを使うか、スタイルバイブルで一度だけ設定します。</translation>
    </message>
    <message>
        <source>Real person named</source>
        <translation>実在の人物名があります</translation>
    </message>
    <message>
        <source>Describe an invented character instead: providers refuse real people, public figures included, unless they consented through the provider&apos;s cameo feature.</source>
        <translation>架空のキャラクターを描写してください。プロバイダーは、本人がプロバイダーのカメオ機能で同意した場合を除き、著名人を含む実在の人物を拒否します。</translation>
    </message>
    <message>
        <source>Copyrighted character named</source>
        <translation>著作権のあるキャラクター名があります</translation>
    </message>
    <message>
        <source>Describe an original character instead: providers refuse copyrighted characters.</source>
        <translation>オリジナルのキャラクターを描写してください。プロバイダーは著作権のあるキャラクターを拒否します。</translation>
    </message>
    <message>
        <source>The provider has no model &quot;%1&quot; (it offers %2).</source>
        <translation>プロバイダーにモデル「%1」はありません（利用可能：%2）。</translation>
    </message>
    <message>
        <source>%1 does not make %2-second clips (it makes %3 s).</source>
        <translation>%1 は %2 秒のクリップを作れません（作れるのは %3 秒）。</translation>
    </message>
    <message>
        <source>%1 does not make %2 clips (it makes %3).</source>
        <translation>%1 は %2 のクリップを作れません（作れるのは %3）。</translation>
    </message>
    <message>
        <source>The shot has nothing to say to the model.</source>
        <translation>このショットにはモデルに伝える内容がありません。</translation>
    </message>
    <message>
        <source>The prompt has %1 characters; the model takes at most %2.</source>
        <translation>プロンプトは %1 文字ですが、モデルが受け付けるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>No shot size is set.</source>
        <translation>ショットサイズが設定されていません。</translation>
    </message>
    <message>
        <source>No depth of field is set.</source>
        <translation>被写界深度が設定されていません。</translation>
    </message>
    <message>
        <source>Neither the shot nor the style bible describes the light.</source>
        <translation>ショットにもスタイルバイブルにも光の記述がありません。</translation>
    </message>
    <message>
        <source>Neither the shot nor the style bible names colour anchors.</source>
        <translation>ショットにもスタイルバイブルにも色の手がかりがありません。</translation>
    </message>
    <message>
        <source>The palette has %1 colours; 3 to 5 anchor the look.</source>
        <translation>パレットは %1 色です。ルックを決めるには 3～5 色が必要です。</translation>
    </message>
    <message>
        <source>No action beats: the model will invent the movement.</source>
        <translation>アクションビートがありません。モデルが動きを勝手に作ります。</translation>
    </message>
    <message>
        <source>Replace it with a countable action: &quot;pedals three times, brakes, and stops at the crosswalk&quot;.</source>
        <translation>数えられる動作に置き換えてください：「ペダルを 3 回こぎ、ブレーキをかけ、横断歩道で止まる」。</translation>
    </message>
    <message>
        <source>Replace it with what the camera sees: &quot;wet asphalt, zebra crosswalk, neon signs reflecting in puddles&quot;.</source>
        <translation>カメラに映るものに置き換えてください：「濡れたアスファルト、横断歩道、水たまりに映るネオン看板」。</translation>
    </message>
    <message>
        <source>%1 says how it should feel, not what is seen or done.</source>
        <translation>%1 は感じ方を述べていて、見えるものや行動ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads like a model, size or duration; the prompt cannot set those.</source>
        <translation>「%1」はモデル、サイズ、長さの指定に見えます。プロンプトではこれらを設定できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a real person.</source>
        <translation>「%1」は実在の人物です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a copyrighted character.</source>
        <translation>「%1」は著作権のあるキャラクターです。</translation>
    </message>
    <message>
        <source>The shot asks for %1 camera moves.</source>
        <translation>このショットはカメラの動きを %1 つ求めています。</translation>
    </message>
    <message>
        <source>%1 action beats in a %2-second clip.</source>
        <translation>%2 秒のクリップにアクションビートが %1 個あります。</translation>
    </message>
    <message>
        <source>%1 lines of dialogue in a %2-second clip; it holds about %3.</source>
        <translation>%2 秒のクリップにセリフが %1 行あります。入るのは約 %3 行です。</translation>
    </message>
    <message>
        <source>About %1 words of dialogue in a %2-second clip; it holds about %3.</source>
        <translation>%2 秒のクリップにセリフが約 %1 語あります。入るのは約 %3 語です。</translation>
    </message>
    <message>
        <source>Who says &quot;%1&quot;?</source>
        <translation>「%1」は誰のセリフですか？</translation>
    </message>
    <message>
        <source>%1 is named but not in the shot&apos;s cast, so their identity is not inserted.</source>
        <translation>%1 の名前がありますがショットのキャストにいないため、設定文が挿入されません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; describes %2&apos;s look again; the cast identity already does.</source>
        <translation>「%1」は %2 の外見を再び描写しています。キャストの設定文ですでに記述されています。</translation>
    </message>
    <message>
        <source>The scene prose describes %1 again in other words; the identity is inserted word for word already.</source>
        <translation>シーンの描写が %1 を別の言葉で再び描写しています。設定文はすでにそのまま挿入されます。</translation>
    </message>
    <message>
        <source>The light changes from &quot;%1&quot; in shot %2 to &quot;%3&quot;.</source>
        <translation>ライティングがショット %2 の「%1」から「%3」に変わっています。</translation>
    </message>
    <message>
        <source>The palette changes from %1 in shot %2 to %3.</source>
        <translation>パレットがショット %2 の %1 から %3 に変わっています。</translation>
    </message>
    <message>
        <source>Model takes no first frame</source>
        <translation>モデルは最初のフレームを受け付けません</translation>
    </message>
    <message>
        <source>Remove the first frame or choose a model that accepts one.</source>
        <translation>最初のフレームを外すか、受け付けるモデルを選んでください。</translation>
    </message>
    <message>
        <source>First frame size differs from the shot</source>
        <translation>最初のフレームのサイズがショットと違います</translation>
    </message>
    <message>
        <source>Crop or scale the first frame to the shot&apos;s size, or change the shot&apos;s size: the provider rejects a first frame of another size.</source>
        <translation>最初のフレームをショットのサイズにトリミングまたは拡大縮小するか、ショットのサイズを変えてください。プロバイダーはサイズの違う最初のフレームを拒否します。</translation>
    </message>
    <message>
        <source>Model takes no last frame</source>
        <translation>モデルは最後のフレームを受け付けません</translation>
    </message>
    <message>
        <source>Choose a model that ends a clip on a picture, or remove the last frame.</source>
        <translation>画像でクリップを終えられるモデルを選ぶか、最後のフレームを外してください。</translation>
    </message>
    <message>
        <source>Last frame size differs from the shot</source>
        <translation>最後のフレームのサイズがショットと違います</translation>
    </message>
    <message>
        <source>Crop or scale the last frame to the shot&apos;s size, or change the shot&apos;s size: the provider rejects a last frame of another size.</source>
        <translation>最後のフレームをショットのサイズにトリミングまたは拡大縮小するか、ショットのサイズを変えてください。プロバイダーはサイズの違う最後のフレームを拒否します。</translation>
    </message>
    <message>
        <source>Frame aspect differs from the shot</source>
        <translation>フレームの縦横比がショットと違います</translation>
    </message>
    <message>
        <source>Crop the picture to the shot&apos;s aspect ratio so that you choose what the provider cuts away.</source>
        <translation>画像をショットの縦横比にトリミングし、どこを切り落とすかをプロバイダー任せにせず自分で決めてください。</translation>
    </message>
    <message>
        <source>Frame picture cannot be read</source>
        <translation>フレームの画像を読み取れません</translation>
    </message>
    <message>
        <source>Choose the picture again: the file is missing from the media folder or is not a PNG, JPEG or WebP image.</source>
        <translation>画像を選び直してください。メディアフォルダーにファイルがないか、PNG、JPEG、WebP の画像ではありません。</translation>
    </message>
    <message>
        <source>Frame picture too large</source>
        <translation>フレームの画像が大きすぎます</translation>
    </message>
    <message>
        <source>Scale the picture to the shot&apos;s size: pictures over 50 megapixels are refused.</source>
        <translation>画像をショットのサイズに縮小してください。5000 万画素を超える画像は受け付けません。</translation>
    </message>
    <message>
        <source>Chained shot on a model without a first frame</source>
        <translation>接続されたショットのモデルが最初のフレームに対応していません</translation>
    </message>
    <message>
        <source>Choose a model that begins a clip on a picture, or stop chaining the shot to the previous one.</source>
        <translation>画像からクリップを始められるモデルを選ぶか、前のショットへの接続をやめてください。</translation>
    </message>
    <message>
        <source>Chained shot has no previous shot</source>
        <translation>接続されたショットに前のショットがありません</translation>
    </message>
    <message>
        <source>The first shot of the sequence cannot continue another one: stop chaining it, or give it a first frame of its own.</source>
        <translation>シーケンスの最初のショットはほかのショットにつなげません。接続をやめるか、独自の最初のフレームを設定してください。</translation>
    </message>
    <message>
        <source>Chained shot differs in size from the previous</source>
        <translation>接続されたショットのサイズが前のショットと違います</translation>
    </message>
    <message>
        <source>Give both shots the same size, or stop chaining: a frame of another shape cannot continue the previous clip.</source>
        <translation>両ショットのサイズをそろえるか、接続をやめてください。形の違うフレームでは前のクリップにつながりません。</translation>
    </message>
    <message>
        <source>Chained shot also has a first frame</source>
        <translation>接続されたショットに独自の最初のフレームもあります</translation>
    </message>
    <message>
        <source>The previous clip&apos;s last frame is sent instead of the shot&apos;s own first frame: remove one of them.</source>
        <translation>ショット独自の最初のフレームではなく、前のクリップの最後のフレームが送られます。どちらかを外してください。</translation>
    </message>
    <message>
        <source>Cast reference pictures not sent</source>
        <translation>キャストの参照画像は送られません</translation>
    </message>
    <message>
        <source>Choose a model that takes subject references to hold the characters&apos; look, or rely on the identity description.</source>
        <translation>キャラクターの見た目を保つには被写体参照を受け付けるモデルを選ぶか、人物描写に任せてください。</translation>
    </message>
    <message>
        <source>%1 takes no first frame; it would be ignored.</source>
        <translation>%1 は最初のフレームを受け付けないため、無視されます。</translation>
    </message>
    <message>
        <source>Choose a model that takes one (%1), or remove the first frame.</source>
        <translation>最初のフレームを受け付けるモデル（%1）を選ぶか、最初のフレームを外してください。</translation>
    </message>
    <message>
        <source>%1 cannot end a clip on a chosen picture.</source>
        <translation>%1 は指定した画像でクリップを終えられません。</translation>
    </message>
    <message>
        <source>No model of this provider takes a last frame: remove it, or switch the project to a provider that takes one.</source>
        <translation>このプロバイダーには最後のフレームを受け付けるモデルがありません。最後のフレームを外すか、対応するプロバイダーにプロジェクトを切り替えてください。</translation>
    </message>
    <message>
        <source>Choose a model that takes a last frame (%1), or remove it.</source>
        <translation>最後のフレームを受け付けるモデル（%1）を選ぶか、最後のフレームを外してください。</translation>
    </message>
    <message>
        <source>The last frame &quot;%1&quot; is missing or is not an image.</source>
        <translation>最後のフレーム「%1」が見つからないか、画像ではありません。</translation>
    </message>
    <message>
        <source>The first frame &quot;%1&quot; is missing or is not an image.</source>
        <translation>最初のフレーム「%1」が見つからないか、画像ではありません。</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels, over 50 megapixels.</source>
        <translation>画像は %1x%2 ピクセルで、5000 万画素を超えています。</translation>
    </message>
    <message>
        <source>The last frame is %1x%2 pixels; the shot is %3.</source>
        <translation>最後のフレームは %1x%2 ピクセル、ショットは %3 です。</translation>
    </message>
    <message>
        <source>The first frame is %1x%2 pixels; the shot is %3.</source>
        <translation>最初のフレームは %1x%2 ピクセル、ショットは %3 です。</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels, another shape than the shot&apos;s %3.</source>
        <translation>画像は %1x%2 ピクセルで、ショットの %3 とは形が違います。</translation>
    </message>
    <message>
        <source>The first shot is set to begin on the previous shot&apos;s last frame.</source>
        <translation>最初のショットが前のショットの最後のフレームから始まるよう設定されています。</translation>
    </message>
    <message>
        <source>%1 cannot begin a clip on the previous shot&apos;s last frame.</source>
        <translation>%1 は前のショットの最後のフレームからクリップを始められません。</translation>
    </message>
    <message>
        <source>Choose a model that takes a first frame (%1), or stop chaining the shot.</source>
        <translation>最初のフレームを受け付けるモデル（%1）を選ぶか、ショットの接続をやめてください。</translation>
    </message>
    <message>
        <source>This shot is %1 but shot %2 before it is %3.</source>
        <translation>このショットは %1 ですが、前のショット %2 は %3 です。</translation>
    </message>
    <message>
        <source>The shot begins on the previous clip&apos;s last frame; its own first frame is not sent.</source>
        <translation>このショットは前のクリップの最後のフレームから始まります。独自の最初のフレームは送られません。</translation>
    </message>
    <message>
        <source>%1 takes no subject references: the pictures of %2 are not sent.</source>
        <translation>%1 は被写体参照を受け付けません。%2 の画像は送られません。</translation>
    </message>
    <message>
        <source>Choose a model that takes them (%1) to hold the characters&apos; look.</source>
        <translation>キャラクターの見た目を保つには、受け付けるモデル（%1）を選んでください。</translation>
    </message>
    <message>
        <source>%1 takes %2 subject references: the pictures of %3 are not sent.</source>
        <translation>%1 が受け付ける被写体参照は %2 枚までです。%3 の画像は送られません。</translation>
    </message>
    <message>
        <source>Keep the characters who matter most first in the shot&apos;s cast.</source>
        <translation>最も重要なキャラクターをショットのキャストの先頭にしてください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::MainWindow</name>
    <message>
        <source>ShotBrief projects (*.shotbrief);;All files (*)</source>
        <translation>ShotBrief プロジェクト (*.shotbrief);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation>保存されていない変更を復元しますか？</translation>
    </message>
    <message>
        <source>ShotBrief found changes to %1 that were not saved, newer than the file itself (the application may have quit unexpectedly).

Recover them?</source>
        <translation>ShotBrief は %1 に対する未保存の変更を見つけました。ファイル本体より新しいものです（アプリケーションが予期せず終了した可能性があります）。

復元しますか？</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>閉じる前に「%1」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy</source>
        <translation>復元用のコピーを自動保存しました</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました：%1</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generation finished</source>
        <translation>生成が完了しました</translation>
    </message>
    <message>
        <source>Remix Take</source>
        <translation>テイクをリミックス</translation>
    </message>
    <message>
        <source>Describe one change (&quot;same shot, switch to 85mm&quot;):</source>
        <translation>変更点を 1 つ記述してください（「同じショットで 85mm に変更」）：</translation>
    </message>
    <message>
        <source>Generate All</source>
        <translation>すべて生成</translation>
    </message>
    <message>
        <source>Every shot already has a take.</source>
        <translation>すべてのショットにテイクがあります。</translation>
    </message>
    <message numerus="yes">
        <source>Generate %n shot(s) without a take?</source>
        <translation>
            <numerusform>テイクのない %n ショットを生成しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate All Ungenerated Shots</source>
        <translation>未生成のショットをすべて生成</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Prompt and Lint</source>
        <translation>プロンプトとチェック</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>保存時の状態に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>書き出し(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Insert Shot</source>
        <translation>ショットを挿入(&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Shot</source>
        <translation>ショットを削除(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;plit Shot...</source>
        <translation>ショットを分割(&amp;P)...</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Edit Shot</source>
        <translation>ショットを編集(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Generate Shot</source>
        <translation>ショットを生成(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Generate &amp;All Ungenerated Shots...</source>
        <translation>未生成のショットをすべて生成(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;About ShotBrief</source>
        <translation>ShotBrief について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Untitled Sequence</source>
        <translation>無題のシーケンス</translation>
    </message>
    <message>
        <source>Recovered unsaved changes: save to keep them.</source>
        <translation>未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Recovery Failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <source>The recovery file cannot be read:
%1

Opening the saved project instead.</source>
        <translation>復元ファイルを読み込めません：
%1

代わりに保存済みのプロジェクトを開きます。</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>読み取り専用のプロジェクト</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>保存時の状態に戻す</translation>
    </message>
    <message>
        <source>Drop all unsaved changes and reload &quot;%1&quot; from disk?</source>
        <translation>未保存の変更をすべて破棄して、「%1」をディスクから読み込み直しますか？</translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>最近のプロジェクトはありません</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <source>%1 — ShotBrief</source>
        <translation>%1 — ShotBrief</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>読み取り専用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s), %1:%2</source>
        <translation>
            <numerusform>%n ショット、%1:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Shot %1: %2</source>
        <translation>ショット %1：%2</translation>
    </message>
    <message>
        <source>Shot %1: no price</source>
        <translation>ショット %1：料金なし</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト：%1</translation>
    </message>
    <message numerus="yes">
        <source> (+%n unpriced)</source>
        <translation>
            <numerusform>（ほか料金なし %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>   Spent: %1</source>
        <translation>   支出済み：%1</translation>
    </message>
    <message>
        <source>Estimate from the price table &quot;%1&quot; (%2)</source>
        <translation>料金表「%1」（%2）による見積もり</translation>
    </message>
    <message>
        <source>About ShotBrief</source>
        <translation>ShotBrief について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShotBrief %1&lt;/h3&gt;&lt;p&gt;Plan, prompt, generate and preview AI-generated film sequences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShotBrief %1&lt;/h3&gt;&lt;p&gt;AI 生成の映像シーケンスを計画し、プロンプトを書き、生成してプレビューします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Animatic...</source>
        <translation>アニマティックを書き出し(&amp;A)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Shot</source>
        <translation>ショット(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Play &amp;Sequence</source>
        <translation>シーケンスを再生(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Compare Takes</source>
        <translation>テイクを比較(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>animatic.mp4</source>
        <translation>animatic.mp4</translation>
    </message>
    <message>
        <source>Export Animatic</source>
        <translation>アニマティックを書き出し</translation>
    </message>
    <message>
        <source>MPEG-4 video (*.mp4)</source>
        <translation>MPEG-4 動画 (*.mp4)</translation>
    </message>
    <message>
        <source>Estimated cost: $%1 (price table: %2).</source>
        <translation>見積もり費用：$%1（価格表：%2）。</translation>
    </message>
    <message>
        <source>Check &amp;Fit with Provider...</source>
        <translation>プロバイダーとの適合を確認(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <source>Continuity &amp;Report...</source>
        <translation>つながりレポート(&amp;R)...</translation>
    </message>
</context>
<context>
    <name>ShotBrief::MediaPictures</name>
    <message>
        <source>Save the project first: pictures are copied into its media folder.</source>
        <translation>先にプロジェクトを保存してください。画像はメディアフォルダーにコピーされます。</translation>
    </message>
    <message>
        <source>There is no picture to save.</source>
        <translation>保存する画像がありません。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::MultipartParser</name>
    <message>
        <source>The multipart/form-data content type has no boundary.</source>
        <translation>multipart/form-data のコンテントタイプに boundary がありません。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>リクエスト本文が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The multipart body does not contain its boundary.</source>
        <translation>multipart 本文に boundary が含まれていません。</translation>
    </message>
    <message>
        <source>Malformed multipart boundary line.</source>
        <translation>multipart の boundary 行の形式が不正です。</translation>
    </message>
    <message>
        <source>The multipart body is truncated: its closing boundary is missing.</source>
        <translation>multipart 本文が途中で切れています：終端の boundary がありません。</translation>
    </message>
    <message>
        <source>The multipart body has more than %1 parts.</source>
        <translation>multipart 本文のパートが %1 個を超えています。</translation>
    </message>
    <message>
        <source>A multipart part has no blank line after its headers.</source>
        <translation>multipart パートのヘッダーの後に空行がありません。</translation>
    </message>
    <message>
        <source>A multipart part&apos;s headers are too long.</source>
        <translation>multipart パートのヘッダーが長すぎます。</translation>
    </message>
    <message>
        <source>Malformed multipart part header.</source>
        <translation>multipart パートのヘッダーの形式が不正です。</translation>
    </message>
    <message>
        <source>A multipart part is larger than %1 bytes.</source>
        <translation>multipart パートが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>A multipart part has no Content-Disposition name.</source>
        <translation>multipart パートに Content-Disposition の name がありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenAiRoutes</name>
    <message>
        <source>Rate limit reached for requests (injected by the ShotBrief emulator).</source>
        <translation>リクエストのレート制限に達しました（ShotBrief エミュレーターによる注入）。</translation>
    </message>
    <message>
        <source>The server is overloaded or not ready yet (injected by the ShotBrief emulator).</source>
        <translation>サーバーが過負荷か、まだ準備ができていません（ShotBrief エミュレーターによる注入）。</translation>
    </message>
    <message>
        <source>The server had an error while processing your request (injected by the ShotBrief emulator).</source>
        <translation>リクエストの処理中にサーバーでエラーが発生しました（ShotBrief エミュレーターによる注入）。</translation>
    </message>
    <message>
        <source>You didn&apos;t provide an API key. Send it in an Authorization header using Bearer auth (Authorization: Bearer YOUR_KEY) or in an api-key header.</source>
        <translation>API キーが指定されていません。Bearer 認証の Authorization ヘッダー（Authorization: Bearer YOUR_KEY）または api-key ヘッダーで送信してください。</translation>
    </message>
    <message>
        <source>Incorrect API key provided: %1.</source>
        <translation>API キーが正しくありません：%1。</translation>
    </message>
    <message>
        <source>Too many running tasks: %1 of %2 allowed at once. Wait for a job to finish.</source>
        <translation>実行中のタスクが多すぎます：同時に許可されるのは %2 件中 %1 件です。ジョブの完了を待ってください。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使えません。</translation>
    </message>
    <message>
        <source>Unknown request URL: %1 %2.</source>
        <translation>不明なリクエスト URL：%1 %2。</translation>
    </message>
    <message>
        <source>Unknown request URL.</source>
        <translation>不明なリクエスト URL。</translation>
    </message>
    <message>
        <source>Could not parse the multipart body: %1</source>
        <translation>multipart 本文を解析できませんでした：%1</translation>
    </message>
    <message>
        <source>&apos;input_reference&apos; must be an image file.</source>
        <translation>&apos;input_reference&apos; は画像ファイルでなければなりません。</translation>
    </message>
    <message>
        <source>We could not parse the JSON body of your request: %1</source>
        <translation>リクエストの JSON 本文を解析できませんでした：%1</translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected a string.</source>
        <translation>&apos;%1&apos; の型が無効です：文字列が必要です。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: send an object with image_url, or the image as a multipart/form-data file part.</source>
        <translation>&apos;input_reference&apos; が無効です：image_url を持つオブジェクトか、multipart/form-data のファイルパートとして画像を送ってください。</translation>
    </message>
    <message>
        <source>Unsupported content type &apos;%1&apos;: send multipart/form-data or application/json.</source>
        <translation>サポートされていないコンテントタイプ &apos;%1&apos;：multipart/form-data か application/json を送ってください。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: file_id references are not supported by the ShotBrief emulator; send the image itself.</source>
        <translation>&apos;input_reference&apos; が無効です：ShotBrief エミュレーターは file_id 参照に対応していません。画像そのものを送ってください。</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;prompt&apos;.</source>
        <translation>必須パラメーターがありません：&apos;prompt&apos;。</translation>
    </message>
    <message>
        <source>Invalid &apos;prompt&apos;: it must be 1 to %1 characters long (got %2).</source>
        <translation>&apos;prompt&apos; が無効です：1～%1 文字でなければなりません（%2 文字）。</translation>
    </message>
    <message>
        <source>Invalid &apos;model&apos;: &apos;%1&apos;. Supported values are: &apos;sora-2&apos; and &apos;sora-2-pro&apos;.</source>
        <translation>&apos;model&apos; が無効です：&apos;%1&apos;。使用できる値：&apos;sora-2&apos; と &apos;sora-2-pro&apos;。</translation>
    </message>
    <message>
        <source>Invalid &apos;seconds&apos;: &apos;%1&apos;. Supported values are: &apos;4&apos;, &apos;8&apos; and &apos;12&apos;.</source>
        <translation>&apos;seconds&apos; が無効です：&apos;%1&apos;。使用できる値：&apos;4&apos;、&apos;8&apos;、&apos;12&apos;。</translation>
    </message>
    <message>
        <source>Invalid &apos;size&apos;: &apos;%1&apos; for model %2. Supported values are: %3.</source>
        <translation>モデル %2 の &apos;size&apos; が無効です：&apos;%1&apos;。使用できる値：%3。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>The emulator could not store the reference image.</source>
        <translation>エミュレーターは参照画像を保存できませんでした。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; not found.</source>
        <translation>動画 &apos;%1&apos; が見つかりません。</translation>
    </message>
    <message>
        <source>Invalid &apos;limit&apos;: it must be an integer from 0 to 100.</source>
        <translation>&apos;limit&apos; が無効です：0～100 の整数でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid &apos;order&apos;: &apos;%1&apos;. Supported values are: &apos;asc&apos; and &apos;desc&apos;.</source>
        <translation>&apos;order&apos; が無効です：&apos;%1&apos;。使用できる値：&apos;asc&apos; と &apos;desc&apos;。</translation>
    </message>
    <message>
        <source>Invalid &apos;after&apos;: no video with id &apos;%1&apos;.</source>
        <translation>&apos;after&apos; が無効です：ID &apos;%1&apos; の動画はありません。</translation>
    </message>
    <message>
        <source>Invalid &apos;variant&apos;: &apos;%1&apos;. Supported values are: &apos;video&apos;, &apos;thumbnail&apos; and &apos;spritesheet&apos;.</source>
        <translation>&apos;variant&apos; が無効です：&apos;%1&apos;。使用できる値：&apos;video&apos;、&apos;thumbnail&apos;、&apos;spritesheet&apos;。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; failed; it has no content.</source>
        <translation>動画 &apos;%1&apos; は失敗したため、コンテンツがありません。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; is not ready yet (status %2).</source>
        <translation>動画 &apos;%1&apos; はまだ準備ができていません（状態 %2）。</translation>
    </message>
    <message>
        <source>The content of video &apos;%1&apos; has expired.</source>
        <translation>動画 &apos;%1&apos; のコンテンツは期限切れです。</translation>
    </message>
    <message>
        <source>The content of video &apos;%1&apos; is missing.</source>
        <translation>動画 &apos;%1&apos; のコンテンツがありません。</translation>
    </message>
    <message>
        <source>Requested range not satisfiable.</source>
        <translation>要求された範囲を満たせません。</translation>
    </message>
    <message>
        <source>Uploading a video is not supported by the ShotBrief emulator; send video[id] of a completed video.</source>
        <translation>ShotBrief エミュレーターは動画のアップロードに対応していません。完了した動画の video[id] を送ってください。</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;video&apos;.</source>
        <translation>必須パラメーターがありません：&apos;video&apos;。</translation>
    </message>
    <message>
        <source>Invalid &apos;seconds&apos;: &apos;%1&apos;. Supported values are: &apos;4&apos;, &apos;8&apos;, &apos;12&apos;, &apos;16&apos; and &apos;20&apos;.</source>
        <translation>&apos;seconds&apos; が無効です：&apos;%1&apos;。使用できる値：&apos;4&apos;、&apos;8&apos;、&apos;12&apos;、&apos;16&apos;、&apos;20&apos;。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; must be completed before it can be %2 (status %3).</source>
        <translation>動画 &apos;%1&apos; は完了してからでないと %2 できません（状態 %3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an image file.</source>
        <translation>&apos;%1&apos; は画像ファイルである必要があります。</translation>
    </message>
    <message>
        <source>Invalid &apos;last_frame&apos;: send an object with a data: image_url, or the image as a file part.</source>
        <translation>&apos;last_frame&apos; が無効です。data: の image_url を持つオブジェクトか、ファイルパートとして画像を送ってください。</translation>
    </message>
    <message>
        <source>Invalid &apos;reference_images&apos;: send objects with a data: image_url, or the images as file parts.</source>
        <translation>&apos;reference_images&apos; が無効です。data: の image_url を持つオブジェクトか、ファイルパートとして画像を送ってください。</translation>
    </message>
    <message>
        <source>Invalid &apos;%1&apos;: unsupported image type. Supported types are image/jpeg, image/png and image/webp.</source>
        <translation>&apos;%1&apos; が無効です。対応していない画像形式です。対応形式は image/jpeg、image/png、image/webp です。</translation>
    </message>
    <message>
        <source>Invalid &apos;%1&apos;: the image is %2 but must match the requested size %3 exactly.</source>
        <translation>&apos;%1&apos; が無効です。画像は %2 ですが、要求されたサイズ %3 と完全に一致する必要があります。</translation>
    </message>
    <message>
        <source>Invalid &apos;reference_images&apos;: at most %1 images, got %2.</source>
        <translation>&apos;reference_images&apos; が無効です。画像は最大 %1 枚ですが、%2 枚でした。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: the ShotBrief emulator works offline and accepts only data: URLs or file parts.</source>
        <translation>&apos;input_reference&apos; が無効です：ShotBrief エミュレーターはオフラインで動作し、data: URL かファイルパートのみ受け付けます。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: bad base64 data.</source>
        <translation>&apos;input_reference&apos; が無効です：base64 データが不正です。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenAiVideoProvider</name>
    <message>
        <source>Cannot read the reference image %1: %2</source>
        <translation>参照画像 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>larger than 50 MB</source>
        <translation>50 MB を超えています</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PaletteEditor</name>
    <message>
        <source>Add Colour</source>
        <translation>色を追加</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>色を選ぶ</translation>
    </message>
    <message>
        <source>colour name the model understands</source>
        <translation>モデルが理解できる色の名前</translation>
    </message>
    <message>
        <source>Remove this colour</source>
        <translation>この色を削除</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>「%1」の色</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Preflight</name>
    <message>
        <source>Fix: %1</source>
        <translation>対処：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: the provider would refuse %n shot(s) (%1).</source>
        <translation>
            <numerusform>何も送信していません：プロバイダーは %n 件のショットを拒否します（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::PriceTable</name>
    <message>
        <source>cannot read the price table: %1</source>
        <translation>料金表を読み込めません：%1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>有効な JSON ではありません</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>最上位は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>expected the table&apos;s name</source>
        <translation>料金表の名前が必要です</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2026-08-01&quot;</source>
        <translation>「2026-08-01」のような日付が必要です</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1（%2 時点）</translation>
    </message>
    <message>
        <source>only &quot;USD&quot; is supported</source>
        <translation>「USD」のみ対応しています</translation>
    </message>
    <message>
        <source>expected a list of prices</source>
        <translation>料金の一覧が必要です</translation>
    </message>
    <message>
        <source>expected an object with model, size and usd_per_second</source>
        <translation>model、size、usd_per_second を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected a model id such as &quot;sora-2&quot;</source>
        <translation>「sora-2」のようなモデル ID が必要です</translation>
    </message>
    <message>
        <source>expected a size such as &quot;1280x720&quot;, or &quot;*&quot; for every size</source>
        <translation>「1280x720」のようなサイズ、またはすべてのサイズを表す「*」が必要です</translation>
    </message>
    <message>
        <source>expected a size such as &quot;1280x720&quot;, or &quot;*&quot; for every size, got &quot;%1&quot;</source>
        <translation>「1280x720」のようなサイズ、またはすべてのサイズを表す「*」が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>expected a price in USD per second, such as 0.10</source>
        <translation>1 秒あたりの USD 料金（例：0.10）が必要です</translation>
    </message>
    <message>
        <source>expected zero or a positive price</source>
        <translation>0 または正の料金が必要です</translation>
    </message>
    <message>
        <source>%1 at %2 is priced twice</source>
        <translation>%2 の %1 に料金が二重に定義されています</translation>
    </message>
    <message>
        <source>built-in price table (missing)</source>
        <translation>内蔵の料金表（なし）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectCapabilities</name>
    <message>
        <source>The project names the provider &quot;%1&quot;, which is not configured; planning with the built-in emulator&apos;s capabilities instead.</source>
        <translation>プロジェクトが指定しているプロバイダー「%1」は設定されていません。代わりに内蔵エミュレーターの機能で計画します。</translation>
    </message>
    <message>
        <source>prices of the provider profile &quot;%1&quot;</source>
        <translation>プロバイダープロファイル「%1」の価格</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectDocument</name>
    <message>
        <source>The project has no file yet: use Save As.</source>
        <translation>プロジェクトにはまだファイルがありません。「名前を付けて保存」を使ってください。</translation>
    </message>
    <message>
        <source>This project was written by a newer version of ShotBrief and is open read-only; use Save As to write a copy in this version&apos;s format.</source>
        <translation>このプロジェクトは新しいバージョンの ShotBrief で書かれたため、読み取り専用で開いています。「名前を付けて保存」でこのバージョンの形式のコピーを書き出してください。</translation>
    </message>
    <message>
        <source>The project has never been saved: there is nothing to revert to.</source>
        <translation>プロジェクトは一度も保存されていないため、戻す先がありません。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Delete shot</source>
        <translation>ショットを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shots</source>
        <translation>
            <numerusform>%n ショットを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate shots</source>
        <translation>ショットを複製</translation>
    </message>
    <message>
        <source>Move shot</source>
        <translation>ショットを移動</translation>
    </message>
    <message>
        <source>Move shots</source>
        <translation>ショットを移動</translation>
    </message>
    <message>
        <source>Split shot %1</source>
        <translation>ショット %1 を分割</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectFile</name>
    <message>
        <source>leads outside the media folder through a symbolic link</source>
        <translation>シンボリックリンクを通じてメディアフォルダーの外を指しています</translation>
    </message>
    <message>
        <source>is a symbolic link to something that does not exist</source>
        <translation>存在しないものを指すシンボリックリンクです</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>the file is %1 MB; project files over %2 MB are refused</source>
        <translation>ファイルは %1 MB です。%2 MB を超えるプロジェクトファイルは受け付けません</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>ファイルを開けませんでした：%1</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>ファイルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>refusing to save: the project is in file format %1, newer than this version writes (%2)</source>
        <translation>保存を拒否しました：プロジェクトのファイル形式 %1 は、このバージョンが書き出す形式（%2）より新しいです</translation>
    </message>
    <message>
        <source>could not save: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message>
        <source>no path given</source>
        <translation>パスが指定されていません</translation>
    </message>
    <message>
        <source>%1 is an absolute path; media paths are relative to the media folder</source>
        <translation>%1 は絶対パスです。メディアのパスはメディアフォルダーからの相対パスです</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1 に制御文字が含まれています</translation>
    </message>
    <message>
        <source>%1 leads outside the media folder (&quot;..&quot; is not allowed)</source>
        <translation>%1 はメディアフォルダーの外を指しています（「..」は使えません）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>文字列 %1</translation>
    </message>
    <message>
        <source>expected a camera term (text), got %1</source>
        <translation>カメラ用語（テキスト）が必要ですが %1 でした</translation>
    </message>
    <message>
        <source> (skipped: the file is from a newer version)</source>
        <translation>（スキップ：新しいバージョンのファイルです）</translation>
    </message>
    <message>
        <source>opening this file would take more than %1 MB of memory: it holds too many items for its size</source>
        <translation>このファイルを開くと %1 MB を超えるメモリが必要です：サイズの割に項目が多すぎます</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>文字列が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>整数が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>%1～%2 の整数が必要ですが %3 でした</translation>
    </message>
    <message>
        <source>expected an amount in US dollars, got %1</source>
        <translation>米ドルの金額が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected an amount of 0 or more, got %1</source>
        <translation>0 以上の金額が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected a UTC time such as &quot;2026-09-24T18:30:00Z&quot;, got %1</source>
        <translation>「2026-09-24T18:30:00Z」のような UTC 時刻が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected &quot;detailed&quot; or &quot;concise&quot;, got %1</source>
        <translation>「detailed」または「concise」が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected one of draft, submitting, queued, in_progress, downloading, ready, failed, canceled, expired, got %1</source>
        <translation>draft、submitting、queued、in_progress、downloading、ready、failed、canceled、expired のいずれかが必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected one of generate, remix, extend, edit, got %1</source>
        <translation>generate、remix、extend、edit のいずれかが必要ですが %1 でした</translation>
    </message>
    <message>
        <source>unknown key, not kept: it will be lost when saving</source>
        <translation>不明なキーのため保持しません：保存すると失われます</translation>
    </message>
    <message>
        <source>expected a ShotBrief project (a JSON object) at the top level, got %1</source>
        <translation>最上位には ShotBrief プロジェクト（JSON オブジェクト）が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>オブジェクトが必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>配列が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが %2 でした</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>無効な JSON：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>入れ子が %1 階層より深くなっています</translation>
    </message>
    <message>
        <source>a string longer than %1 KiB</source>
        <translation>%1 KiB より長い文字列</translation>
    </message>
    <message>
        <source>opening this file would take more than %1 MB of memory: %2 objects (%3 shots) in %4 MB</source>
        <translation>このファイルを開くと %1 MB を超えるメモリが必要です：%4 MB に %2 個のオブジェクト（%3 ショット）</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>無効な JSON</translation>
    </message>
    <message>
        <source>missing: this does not look like a ShotBrief project</source>
        <translation>ありません：ShotBrief のプロジェクトではないようです</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ShotBrief (file format %2; this version reads up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation>%1 は新しいバージョンの ShotBrief で書かれています（ファイル形式 %2、このバージョンが読めるのは %3 まで）。内容が失われないよう読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>the project has too many cross-references to check (%1 look-ups of scenes, cast members and parent takes)</source>
        <translation>プロジェクトの相互参照が多すぎてチェックできません（シーン、キャスト、親テイクの参照が %1 回）</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>...ほか %1 件の問題</translation>
    </message>
    <message>
        <source>%1: ... and %2 more warnings</source>
        <translation>%1：...ほか %2 件の警告</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false が必要ですが、%1 でした</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <source>Style bible</source>
        <translation>スタイルバイブル</translation>
    </message>
    <message>
        <source>The look shared by all shots; a shot&apos;s own value overrides it.</source>
        <translation>すべてのショットで共有するルック。ショット自身の値が優先されます。</translation>
    </message>
    <message>
        <source>&amp;Lens/style:</source>
        <translation>レンズ / スタイル(&amp;L)：</translation>
    </message>
    <message>
        <source>anamorphic 40mm, 35mm film grain</source>
        <translation>アナモルフィック 40mm、35mm フィルムグレイン</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>ムード(&amp;M)：</translation>
    </message>
    <message>
        <source>melancholy, warm</source>
        <translation>メランコリック、温かい</translation>
    </message>
    <message>
        <source>Li&amp;ghting logic:</source>
        <translation>ライティングの考え方(&amp;G)：</translation>
    </message>
    <message>
        <source>sodium vapour from above, neon fill from the stalls</source>
        <translation>上からのナトリウム灯、屋台のネオンでフィル</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>パレット(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>キャスト</translation>
    </message>
    <message>
        <source>Add Character</source>
        <translation>キャラクターを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Reused word for word in every prompt: a woman in her thirties, short black bob, yellow raincoat...</source>
        <translation>すべてのプロンプトでそのまま使われます：30 代の女性、黒のショートボブ、黄色のレインコート...</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名前(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>設定(&amp;I)：</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Double-click to rename: INT. NOODLE BAR - NIGHT</source>
        <translation>ダブルクリックで名前を変更：INT. ラーメン屋 - 夜</translation>
    </message>
    <message>
        <source>Add Scene</source>
        <translation>シーンを追加</translation>
    </message>
    <message>
        <source>NEW SCENE</source>
        <translation>新しいシーン</translation>
    </message>
    <message>
        <source>New character</source>
        <translation>新しいキャラクター</translation>
    </message>
    <message>
        <source>Remove scene %1</source>
        <translation>シーン %1 を削除</translation>
    </message>
    <message>
        <source>Default mo&amp;del:</source>
        <translation>既定のモデル(&amp;D)：</translation>
    </message>
    <message>
        <source>Default si&amp;ze:</source>
        <translation>既定のサイズ(&amp;Z)：</translation>
    </message>
    <message>
        <source>New shots&apos; lengt&amp;h:</source>
        <translation>新しいショットの長さ(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1（提供なし）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PromptDelta</name>
    <message>
        <source>same prompt</source>
        <translation>同じプロンプト</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PromptPanel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Composed prompt</source>
        <translation>合成プロンプト</translation>
    </message>
    <message>
        <source>The prompt of the selected shot appears here.</source>
        <translation>選択したショットのプロンプトがここに表示されます。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>No shot selected.</source>
        <translation>ショットが選択されていません。</translation>
    </message>
    <message>
        <source>✓ No findings: the brief covers the essentials.</source>
        <translation>✓ 指摘なし：ブリーフに必要な要素がそろっています。</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 hints. Click a finding to edit its field.</source>
        <translation>エラー %1 件、警告 %2 件、ヒント %3 件。指摘をクリックするとそのフィールドを編集できます。</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>プロンプトをコピー</translation>
    </message>
    <message>
        <source>Copy the composed prompt to the clipboard</source>
        <translation>合成プロンプトをクリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PromptSheet</name>
    <message>
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <source>Prompt sheet exported %1</source>
        <translation>プロンプトシート書き出し日時 %1</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>費用の見積もり</translation>
    </message>
    <message>
        <source>Style bible</source>
        <translation>スタイルバイブル</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>レンズ / スタイル</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>ムード</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>ライティング</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>キャスト</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>ショットサイズ</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>カメラアングル</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>カメラワーク</translation>
    </message>
    <message>
        <source>Depth of field</source>
        <translation>被写界深度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Circled take</source>
        <translation>OKテイク</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Action beats</source>
        <translation>アクションビート</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Prompt sheet</source>
        <translation>プロンプトシート</translation>
    </message>
    <message>
        <source>Prompt sheet, %1</source>
        <translation>プロンプトシート、%1</translation>
    </message>
    <message numerus="yes">
        <source> (%n shot(s) without a price)</source>
        <translation>
            <numerusform>（料金なしのショット %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>, prices: %1</source>
        <translation>、料金：%1</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>これまでの支出</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>#%1 / %2</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Model and size</source>
        <translation>モデルとサイズ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>見積もり %1</translation>
    </message>
    <message>
        <source>no price for this model and size</source>
        <translation>このモデルとサイズには料金がありません</translation>
    </message>
    <message>
        <source>, take %1</source>
        <translation>、テイク %1</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>（話者なし）</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘はありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderFactory</name>
    <message>
        <source>The provider &quot;%1&quot; needs the adapter &quot;%2&quot;, which this build does not have (known: %3).</source>
        <translation>プロバイダー「%1」にはアダプター「%2」が必要ですが、このビルドにはありません（既知：%3）。</translation>
    </message>
    <message>
        <source>Runway&apos;s API</source>
        <translation>Runway の API</translation>
    </message>
    <message>
        <source>ComfyUI&apos;s API</source>
        <translation>ComfyUI の API</translation>
    </message>
    <message>
        <source>the OpenAI Videos API</source>
        <translation>OpenAI Videos API</translation>
    </message>
    <message>
        <source>%1 does not answer at %2: using the built-in emulator speaking %3 (placeholder clips, no cost).</source>
        <translation>%1 が %2 で応答しません。%3で通信する内蔵エミュレーターを使います（プレースホルダーのクリップ、費用なし）。</translation>
    </message>
    <message>
        <source>No API key for %1: using the built-in emulator speaking %2 (placeholder clips, no cost).</source>
        <translation>%1 の API キーがありません。%2で通信する内蔵エミュレーターを使います（プレースホルダーのクリップ、費用なし）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderFit</name>
    <message>
        <source>Change to %1 s</source>
        <translation>%1 秒に変更</translation>
    </message>
    <message>
        <source>Change the size to %1</source>
        <translation>サイズを %1 に変更</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使う</translation>
    </message>
    <message>
        <source>The provider does not offer the project&apos;s default model %1.</source>
        <translation>このプロバイダーはプロジェクトの既定モデル %1 を提供していません。</translation>
    </message>
    <message>
        <source>%1 does not make the project&apos;s default size %2.</source>
        <translation>%1 はプロジェクトの既定サイズ %2 を作れません。</translation>
    </message>
    <message>
        <source>New shots would be %1 s long; %2 makes %3 s.</source>
        <translation>新しいショットは %1 秒になりますが、%2 が作れるのは %3 秒です。</translation>
    </message>
    <message>
        <source>The provider does not offer the model %1.</source>
        <translation>このプロバイダーはモデル %1 を提供していません。</translation>
    </message>
    <message>
        <source>Use the project default (%1)</source>
        <translation>プロジェクトの既定値を使う（%1）</translation>
    </message>
    <message>
        <source>%1 does not make %2 clips (it makes %3).</source>
        <translation>%1 は %2 のクリップを作れません（作れるのは %3）。</translation>
    </message>
    <message>
        <source>%1 does not make %2-second clips (it makes %3 s).</source>
        <translation>%1 は %2 秒のクリップを作れません（作れるのは %3 秒）。</translation>
    </message>
    <message>
        <source>Split into %1 s</source>
        <translation>%1 秒に分割</translation>
    </message>
    <message>
        <source>Fit the project to %1</source>
        <translation>プロジェクトを %1 に合わせる</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderFitDialog</name>
    <message>
        <source>Fit with %1</source>
        <translation>%1 との適合</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>修正を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>そのままにする</translation>
    </message>
    <message>
        <source>The project fits %1: every shot has a length, model and size it makes.</source>
        <translation>プロジェクトは %1 に適合しています。すべてのショットの長さ・モデル・サイズが作成可能です。</translation>
    </message>
    <message>
        <source>The project is read-only; save a copy to fix it for %1.</source>
        <translation>プロジェクトは読み取り専用です。%1 向けに修正するにはコピーを保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the project do not fit %1. Choose a fix for each row; all chosen fixes are applied as one step you can undo.</source>
        <translation>
            <numerusform>プロジェクト内の %n 件が %1 に適合しません。各行で修正方法を選んでください。選んだ修正はまとめて 1 回の取り消し可能な操作として適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit the project to %1</source>
        <translation>プロジェクトを %1 に合わせる</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderHttp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>プロバイダーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the provider at %1: %2</source>
        <translation>%1 のプロバイダーに接続できません：%2</translation>
    </message>
    <message>
        <source>The download was cut short; it will be restarted.</source>
        <translation>ダウンロードが途中で切れました。最初からやり直します。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is larger than %1 MB; refused.</source>
        <translation>プロバイダーの応答が %1 MB を超えているため拒否しました。</translation>
    </message>
    <message>
        <source>The download is larger than the %1 bytes expected; stopped.</source>
        <translation>ダウンロードが想定の %1 バイトを超えたため停止しました。</translation>
    </message>
    <message>
        <source>The download stalled (less than %1 KB in %2 s); it will be restarted.</source>
        <translation>ダウンロードが停滞しました（%2 秒間で %1 KB 未満）。最初からやり直します。</translation>
    </message>
    <message>
        <source>The provider took longer than %1 s to answer; stopped.</source>
        <translation>プロバイダーの応答が %1 秒を超えたため停止しました。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the provider answered.</source>
        <translation>プロバイダーが応答する前に %1 との接続が閉じられました。</translation>
    </message>
    <message>
        <source>The provider redirected too often or nowhere.</source>
        <translation>プロバイダーのリダイレクトが多すぎるか、行き先がありません。</translation>
    </message>
    <message>
        <source>The provider redirected to an insecure address; refused.</source>
        <translation>プロバイダーが安全でないアドレスへリダイレクトしたため拒否しました。</translation>
    </message>
    <message>
        <source>No HTTP status in the provider&apos;s answer.</source>
        <translation>プロバイダーの応答に HTTP ステータスがありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderProfiles</name>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>有効な JSON ではありません：%1</translation>
    </message>
    <message>
        <source>Expected an object with a &quot;providers&quot; array.</source>
        <translation>「providers」配列を持つオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>A provider needs a name.</source>
        <translation>プロバイダーには名前が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation>「%1」は絶対 URL ではありません。</translation>
    </message>
    <message>
        <source>Unknown auth style &quot;%1&quot; (bearer, api-key or none).</source>
        <translation>不明な認証方式「%1」（bearer、api-key、none のいずれか）。</translation>
    </message>
    <message>
        <source>Keys do not belong in the settings file: use the environment variable named by &quot;key_env&quot; or the keychain.</source>
        <translation>キーを設定ファイルに書かないでください。「key_env」で指定した環境変数かキーチェーンを使ってください。</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
    <message>
        <source>The settings file is too large.</source>
        <translation>設定ファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>書き込めません：%1</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no valid base URL.</source>
        <translation>プロバイダー「%1」に有効なベース URL がありません。</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; uses %2 without TLS: the API key would travel in clear text. Use https, or set &quot;allow_http&quot; in its profile for a trusted network.</source>
        <translation>プロバイダー「%1」は TLS なしで %2 を使っています。API キーが平文で送られます。https を使うか、信頼できるネットワークならプロファイルで「allow_http」を設定してください。</translation>
    </message>
    <message>
        <source>Built-in emulator</source>
        <translation>内蔵エミュレーター</translation>
    </message>
    <message>
        <source>Expected a price in USD per second (such as 0.12), or an object of prices by size.</source>
        <translation>1 秒あたりの米ドル価格（例：0.12）、またはサイズ別の価格オブジェクトを指定してください。</translation>
    </message>
    <message>
        <source>Expected a size such as &quot;1280x720&quot;, or &quot;*&quot; for every size.</source>
        <translation>「1280x720」のようなサイズ、またはすべてのサイズを表す「*」を指定してください。</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true または false が必要です。</translation>
    </message>
    <message>
        <source>Expected a whole number of reference images from 0 to 16.</source>
        <translation>参照画像の数は 0 から 16 の整数にしてください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderProfilesEditor</name>
    <message>
        <source>First frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Provider Profiles</source>
        <translation>プロバイダープロファイル</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>プロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>A new profile for an OpenAI-compatible server</source>
        <translation>OpenAI 互換サーバー用の新しいプロファイル</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>An editable copy of the selected profile</source>
        <translation>選択したプロファイルの編集可能なコピー</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>API keys are never written here: Preferences stores them in the system keychain, or set the profile&apos;s key environment variable.</source>
        <translation>API キーはここには保存されません。環境設定でシステムのキーチェーンに保存するか、プロファイルのキー環境変数を設定してください。</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>新しいプロバイダー</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed: Duplicate makes an editable copy.</source>
        <translation>組み込みプロファイルは変更できません。「複製」で編集可能なコピーを作成できます。</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D)：</translation>
    </message>
    <message>
        <source>Projects and the keychain refer to the profile by this name.</source>
        <translation>プロジェクトとキーチェーンはこの名前でプロファイルを参照します。</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>識別子(&amp;I)：</translation>
    </message>
    <message>
        <source>Adapte&amp;r:</source>
        <translation>アダプター(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host (trusted network only)</source>
        <translation>このホストへの平文 HTTP を許可する（信頼できるネットワークのみ）(&amp;H)</translation>
    </message>
    <message>
        <source>Bearer token (Authorization: Bearer)</source>
        <translation>Bearer トークン（Authorization: Bearer）</translation>
    </message>
    <message>
        <source>api-key header (Azure OpenAI)</source>
        <translation>api-key ヘッダー（Azure OpenAI）</translation>
    </message>
    <message>
        <source>None (local server)</source>
        <translation>なし（ローカルサーバー）</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>認証方式(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Key environment variable:</source>
        <translation>キーの環境変数(&amp;K)：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add H&amp;eader</source>
        <translation>ヘッダーを追加(&amp;E)</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>ヘッダーを削除</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>追加ヘッダー(&amp;X)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Request time&amp;out:</source>
        <translation>リクエストのタイムアウト(&amp;O)：</translation>
    </message>
    <message>
        <source>Max re&amp;tries:</source>
        <translation>最大再試行回数(&amp;T)：</translation>
    </message>
    <message>
        <source>Max &amp;concurrent jobs:</source>
        <translation>最大同時ジョブ数(&amp;C)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>How long the provider keeps finished clips for download</source>
        <translation>プロバイダーが完成したクリップをダウンロード用に保持する期間</translation>
    </message>
    <message>
        <source>Retention (hour&amp;s):</source>
        <translation>保持期間（時間）(&amp;S)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Durations (s)</source>
        <translation>尺（秒）</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Max prompt chars</source>
        <translation>プロンプト最大文字数</translation>
    </message>
    <message>
        <source>USD per second</source>
        <translation>1 秒あたりの USD</translation>
    </message>
    <message>
        <source>Add Mode&amp;l</source>
        <translation>モデルを追加(&amp;L)</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（組み込み）</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>a profile needs a name people can read.</source>
        <translation>プロファイルには人が読める名前が必要です。</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>英字・数字・「.」「_」「-」を使い、英字か数字で始めてください。</translation>
    </message>
    <message>
        <source>another profile is already called &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルがすでにあります。</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>this build has no adapter &quot;%1&quot;.</source>
        <translation>このビルドにはアダプター「%1」がありません。</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Key environment variable</source>
        <translation>キーの環境変数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name (letters, digits and &apos;_&apos;).</source>
        <translation>「%1」は変数名ではありません（英字・数字・「_」）。</translation>
    </message>
    <message>
        <source>Extra headers, row %1</source>
        <translation>追加ヘッダー、%1 行目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name.</source>
        <translation>「%1」はヘッダー名ではありません。</translation>
    </message>
    <message>
        <source>keys do not belong in the settings file: the key is sent by the authentication style.</source>
        <translation>キーを設定ファイルに書かないでください。キーは認証方式に従って送信されます。</translation>
    </message>
    <message>
        <source>the value must be printable ASCII.</source>
        <translation>値は印字可能な ASCII 文字でなければなりません。</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is listed twice.</source>
        <translation>ヘッダー「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>a profile needs at least one model.</source>
        <translation>プロファイルには少なくとも 1 つのモデルが必要です。</translation>
    </message>
    <message>
        <source>Models, row %1</source>
        <translation>モデル、%1 行目</translation>
    </message>
    <message>
        <source>the model needs an id.</source>
        <translation>モデルには ID が必要です。</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is listed twice.</source>
        <translation>モデル「%1」が重複しています。</translation>
    </message>
    <message>
        <source>durations must be whole seconds such as &quot;4, 8, 12&quot;.</source>
        <translation>尺は「4, 8, 12」のような整数の秒数で指定してください。</translation>
    </message>
    <message>
        <source>sizes must look like &quot;1280x720, 720x1280&quot;.</source>
        <translation>サイズは「1280x720, 720x1280」の形式で指定してください。</translation>
    </message>
    <message>
        <source>the maximum prompt length must be a positive number.</source>
        <translation>プロンプトの最大長は正の数でなければなりません。</translation>
    </message>
    <message>
        <source>prices must look like &quot;0.12&quot; or &quot;1280x720: 0.10, 1792x1024: 0.30&quot;.</source>
        <translation>価格は「0.12」または「1280x720: 0.10, 1792x1024: 0.30」の形式で指定してください。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>The longest an answer other than a download may take in all, however slowly the server sends it. Downloads are stopped only when they stop making progress.</source>
        <translation>ダウンロード以外の応答に許される合計時間の上限です（サーバーの送信がどれほど遅くても）。ダウンロードは進まなくなったときにだけ停止します。</translation>
    </message>
    <message>
        <source>Ans&amp;wer deadline:</source>
        <translation>応答の期限(&amp;W)：</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最後のフレーム</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Durations as &quot;4, 8, 12&quot;; sizes as &quot;1280x720, 720x1280&quot;. F2 edits a cell, Space toggles a check box. Reference images: how many pictures of the cast the model takes (0: none). Prices: &quot;0.12&quot; for any size, or &quot;1280x720: 0.10, 1792x1024: 0.30&quot;; empty: the built-in price table.</source>
        <translation>尺は「4, 8, 12」、サイズは「1280x720, 720x1280」のように書きます。F2 でセルを編集、Space でチェックボックスを切り替えます。参照画像：モデルが受け付けるキャストの画像の数（0：なし）。価格：全サイズ共通なら「0.12」、または「1280x720: 0.10, 1792x1024: 0.30」。空欄：内蔵の価格表。</translation>
    </message>
    <message>
        <source>reference images must be a whole number from 0 to 16.</source>
        <translation>参照画像の数は 0 から 16 の整数である必要があります。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderReply</name>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::RunwayRoutes</name>
    <message>
        <source>You have exceeded the rate limit (injected by the ShotBrief emulator).</source>
        <translation>レート制限を超えました（ShotBrief エミュレーターによる注入）。</translation>
    </message>
    <message>
        <source>Service unavailable (injected by the ShotBrief emulator).</source>
        <translation>サービスを利用できません（ShotBrief エミュレーターによる注入）。</translation>
    </message>
    <message>
        <source>Internal server error (injected by the ShotBrief emulator).</source>
        <translation>サーバー内部エラー（ShotBrief エミュレーターによる注入）。</translation>
    </message>
    <message>
        <source>Missing API key: send Authorization: Bearer &lt;key&gt;.</source>
        <translation>API キーがありません：Authorization: Bearer &lt;key&gt; を送ってください。</translation>
    </message>
    <message>
        <source>Invalid API key.</source>
        <translation>API キーが無効です。</translation>
    </message>
    <message>
        <source>The X-Runway-Version header is required (%1).</source>
        <translation>X-Runway-Version ヘッダーが必要です（%1）。</translation>
    </message>
    <message>
        <source>Unsupported X-Runway-Version &quot;%1&quot;; use %2.</source>
        <translation>サポートされていない X-Runway-Version「%1」。%2 を使ってください。</translation>
    </message>
    <message>
        <source>Unsupported request: %1 %2.</source>
        <translation>サポートされていないリクエスト：%1 %2。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>本文は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>Invalid model &quot;%1&quot;.</source>
        <translation>モデル「%1」は無効です。</translation>
    </message>
    <message>
        <source>The model gen4_turbo needs a promptImage: use /v1/image_to_video.</source>
        <translation>モデル gen4_turbo には promptImage が必要です：/v1/image_to_video を使ってください。</translation>
    </message>
    <message>
        <source>promptText is required.</source>
        <translation>promptText は必須です。</translation>
    </message>
    <message>
        <source>promptText must be a string.</source>
        <translation>promptText は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>promptText must be at most %1 characters (got %2).</source>
        <translation>promptText は最大 %1 文字です（%2 文字）。</translation>
    </message>
    <message>
        <source>Invalid ratio &quot;%1&quot; for %2; allowed: %3.</source>
        <translation>%2 のアスペクト比「%1」は無効です。使用できる値：%3。</translation>
    </message>
    <message>
        <source>duration must be a whole number of seconds.</source>
        <translation>duration は整数の秒数でなければなりません。</translation>
    </message>
    <message>
        <source>Invalid duration %1 for %2; allowed: %3.</source>
        <translation>%2 の長さ %1 は無効です。使用できる値：%3。</translation>
    </message>
    <message>
        <source>seed must be an integer from 0 to 4294967295.</source>
        <translation>seed は 0～4294967295 の整数でなければなりません。</translation>
    </message>
    <message>
        <source>promptImage is required for image_to_video.</source>
        <translation>image_to_video には promptImage が必要です。</translation>
    </message>
    <message>
        <source>promptImage belongs to /v1/image_to_video.</source>
        <translation>promptImage は /v1/image_to_video で使います。</translation>
    </message>
    <message>
        <source>promptImage: data URIs may be at most 5 MB.</source>
        <translation>promptImage：data URI は最大 5 MB です。</translation>
    </message>
    <message>
        <source>promptImage: not a base64 JPEG, PNG or WebP data URI.</source>
        <translation>promptImage：base64 の JPEG、PNG、WebP の data URI ではありません。</translation>
    </message>
    <message>
        <source>promptImage must be an https URL or a data URI.</source>
        <translation>promptImage は https URL か data URI でなければなりません。</translation>
    </message>
    <message>
        <source>The emulator could not store the image.</source>
        <translation>エミュレーターは画像を保存できませんでした。</translation>
    </message>
    <message>
        <source>Task not found.</source>
        <translation>タスクが見つかりません。</translation>
    </message>
    <message>
        <source>No such output.</source>
        <translation>その出力はありません。</translation>
    </message>
    <message>
        <source>This output URL has expired; fetch the task again.</source>
        <translation>この出力 URL は期限切れです。タスクを取得し直してください。</translation>
    </message>
    <message>
        <source>promptImage: each image needs a position, &quot;first&quot; or &quot;last&quot;, given once.</source>
        <translation>promptImage：各画像には位置（&quot;first&quot; または &quot;last&quot;）が必要で、それぞれ 1 回だけ指定できます。</translation>
    </message>
    <message>
        <source>%1 takes only a first frame (position &quot;first&quot;).</source>
        <translation>%1 は最初のフレーム（position &quot;first&quot;）のみ受け付けます。</translation>
    </message>
    <message>
        <source>%1 does not generate with only a last frame: give a first frame too.</source>
        <translation>%1 は最後のフレームだけでは生成しません。最初のフレームも指定してください。</translation>
    </message>
    <message>
        <source>promptImage: keyframes (with a position) and references (without one) cannot be mixed.</source>
        <translation>promptImage：キーフレーム（位置あり）と参照画像（位置なし）は混在できません。</translation>
    </message>
    <message>
        <source>promptImage: at most %1 reference images.</source>
        <translation>promptImage：参照画像は最大 %1 枚です。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::RunwayVideoProvider</name>
    <message>
        <source>larger than Runway&apos;s 5 MB limit for data URIs</source>
        <translation>Runway の data URI の上限 5 MB を超えています</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>画像ではありません</translation>
    </message>
    <message>
        <source>Cannot send the reference image %1: %2</source>
        <translation>参照画像 %1 を送信できません：%2</translation>
    </message>
    <message>
        <source>Runway&apos;s task answer is unreadable.</source>
        <translation>Runway のタスク応答を読み取れません。</translation>
    </message>
    <message>
        <source>Runway&apos;s output URL is not https; refused.</source>
        <translation>Runway の出力 URL が https ではないため拒否しました。</translation>
    </message>
    <message>
        <source>Runway no longer has the output of task %1.</source>
        <translation>Runway にはタスク %1 の出力がもうありません。</translation>
    </message>
    <message>
        <source>Runway provides no %1.</source>
        <translation>Runway は %1 を提供していません。</translation>
    </message>
    <message>
        <source>Runway task %1 has no output yet.</source>
        <translation>Runway のタスク %1 にはまだ出力がありません。</translation>
    </message>
    <message>
        <source>Runway has no remix: generate a new take instead.</source>
        <translation>Runway にリミックスはありません。代わりに新しいテイクを生成してください。</translation>
    </message>
    <message>
        <source>The answer to the create request was lost: outcome unknown; check your Runway dashboard before retrying (Runway cannot list tasks, so ShotBrief does not send it again).</source>
        <translation>作成リクエストの応答が失われたため結果は不明です。再試行する前に Runway のダッシュボードを確認してください（Runway はタスクを一覧できないため、ShotBrief は再送信しません）。</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>タスクはキャンセルされました。</translation>
    </message>
    <message>
        <source>Runway does not generate from a last frame alone: give the shot a first frame too, or remove the last frame.</source>
        <translation>Runway は最後のフレームだけでは生成しません。ショットに最初のフレームも設定するか、最後のフレームを外してください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SequenceEngine</name>
    <message>
        <source>Cannot play this clip</source>
        <translation>このクリップを再生できません</translation>
    </message>
    <message>
        <source>The clip stopped delivering frames</source>
        <translation>クリップからフレームが届かなくなりました</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SequencePlayer</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>前のフレーム（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>次のフレーム（→）</translation>
    </message>
    <message>
        <source>Loop the range set with I and O</source>
        <translation>I と O で設定した範囲をループ再生</translation>
    </message>
    <message>
        <source>Shot %1 (%2 of %3)</source>
        <translation>ショット %1（%2 / %3）</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（プロンプトなし）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SequenceTimeline</name>
    <message>
        <source>Circled take is %1</source>
        <translation>OKテイクは %1</translation>
    </message>
    <message>
        <source>Circled take has no clip</source>
        <translation>OKテイクにクリップがありません</translation>
    </message>
    <message>
        <source>No media folder</source>
        <translation>メディアフォルダーがありません</translation>
    </message>
    <message>
        <source>Clip not found: %1</source>
        <translation>クリップが見つかりません：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Autosave a recovery copy every:</source>
        <translation>復元用コピーの自動保存間隔(&amp;A)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>言語の変更は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <source>Generation (this project)</source>
        <translation>生成（このプロジェクト）</translation>
    </message>
    <message>
        <source>&amp;Provider profile:</source>
        <translation>プロバイダープロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>API key (stored in the system keychain)</source>
        <translation>API キー（システムのキーチェーンに保存）</translation>
    </message>
    <message>
        <source>&amp;Store Key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>Without a key the built-in emulator makes placeholder clips at no cost.</source>
        <translation>キーがなければ、内蔵エミュレーターが無料でプレースホルダークリップを作ります。</translation>
    </message>
    <message>
        <source>No keychain here: set the key in the provider&apos;s environment variable instead. Without a key the built-in emulator is used.</source>
        <translation>キーチェーンがありません。代わりにプロバイダーの環境変数にキーを設定してください。キーがなければ内蔵エミュレーターを使います。</translation>
    </message>
    <message>
        <source>&amp;Concurrent jobs:</source>
        <translation>同時実行ジョブ数(&amp;C)：</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Generation stops before a batch would spend more than this in total.</source>
        <translation>バッチで合計支出がこの額を超える前に生成を停止します。</translation>
    </message>
    <message>
        <source>Choose a provider and enter a key first.</source>
        <translation>先にプロバイダーを選んでキーを入力してください。</translation>
    </message>
    <message>
        <source>Storing...</source>
        <translation>保存中...</translation>
    </message>
    <message>
        <source>Key stored in the system keychain.</source>
        <translation>キーをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Could not store the key: %1</source>
        <translation>キーを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>&amp;Edit Profiles...</source>
        <translation>プロファイルを編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Base URL, authentication and models of each provider (providers.json)</source>
        <translation>各プロバイダーのベース URL、認証方式、モデル（providers.json）</translation>
    </message>
    <message>
        <source>Spe&amp;nding cap:</source>
        <translation>支出上限(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotInspector</name>
    <message>
        <source>Select a shot on the timeline to edit its brief.</source>
        <translation>タイムラインでショットを選ぶと、そのブリーフを編集できます。</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>1A</source>
        <translation>1A</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;cene:</source>
        <translation>シーン(&amp;C)：</translation>
    </message>
    <message>
        <source>Detailed: control and consistency</source>
        <translation>詳細：コントロールと一貫性</translation>
    </message>
    <message>
        <source>Concise: leave the model free</source>
        <translation>簡潔：モデルに任せる</translation>
    </message>
    <message>
        <source>Strate&amp;gy:</source>
        <translation>方針(&amp;G)：</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>長さ(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z)：</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Characters, costumes, setting, weather, in plain words: wet asphalt, neon signs reflecting in puddles...</source>
        <translation>キャラクター、衣装、舞台、天気を平易な言葉で：濡れたアスファルト、水たまりに映るネオン看板...</translation>
    </message>
    <message>
        <source>Cinematography</source>
        <translation>撮影</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>ショットサイズ(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Angle:</source>
        <translation>カメラアングル(&amp;A)：</translation>
    </message>
    <message>
        <source>Mo&amp;vement:</source>
        <translation>カメラワーク(&amp;V)：</translation>
    </message>
    <message>
        <source>Depth of f&amp;ield:</source>
        <translation>被写界深度(&amp;I)：</translation>
    </message>
    <message>
        <source>anamorphic 40mm, handheld 16mm film...</source>
        <translation>アナモルフィック 40mm、手持ち 16mm フィルム...</translation>
    </message>
    <message>
        <source>Le&amp;ns/style:</source>
        <translation>レンズ / スタイル(&amp;N)：</translation>
    </message>
    <message>
        <source>source, direction, quality: warm backlight with soft rim</source>
        <translation>光源、方向、質：暖かい逆光と柔らかなリムライト</translation>
    </message>
    <message>
        <source>Lig&amp;hting:</source>
        <translation>ライティング(&amp;H)：</translation>
    </message>
    <message>
        <source>cinematic and tense, playful, warm and cozy...</source>
        <translation>映画的で緊迫した、遊び心のある、温かく居心地のよい...</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>ムード(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>パレット(&amp;P)：</translation>
    </message>
    <message>
        <source>Action beats</source>
        <translation>アクションビート</translation>
    </message>
    <message>
        <source>Countable steps: &quot;takes four steps to the window, pauses&quot;. Double-click to edit.</source>
        <translation>数えられるステップ：「窓まで 4 歩進み、立ち止まる」。ダブルクリックで編集。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a beat</source>
        <translation>ビートを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected beat</source>
        <translation>選択したビートを削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>new beat</source>
        <translation>新しいビート</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>話者</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>セリフを追加</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>選択したセリフを削除</translation>
    </message>
    <message>
        <source>Cast in the shot</source>
        <translation>ショットのキャスト</translation>
    </message>
    <message>
        <source>Notes for the crew (never sent)</source>
        <translation>スタッフ向けメモ（送信されません）</translation>
    </message>
    <message>
        <source>(no scene)</source>
        <translation>（シーンなし）</translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation>プロジェクトの既定（%1）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>style bible: %1</source>
        <translation>スタイルバイブル：%1</translation>
    </message>
    <message>
        <source>No colour anchors: add 3 to 5.</source>
        <translation>色の手がかりがありません。3～5 色追加してください。</translation>
    </message>
    <message>
        <source>Style bible: %1</source>
        <translation>スタイルバイブル：%1</translation>
    </message>
    <message>
        <source>No cast yet: add characters in the Project panel.</source>
        <translation>キャストがまだいません。プロジェクトパネルでキャラクターを追加してください。</translation>
    </message>
    <message>
        <source>The image is %1×%2 but the clip is %3×%4. The provider needs them to match.</source>
        <translation>画像は %1×%2 ですが、クリップは %3×%4 です。プロバイダーは両者の一致を求めます。</translation>
    </message>
    <message>
        <source>Crop to Fill</source>
        <translation>トリミングして埋める</translation>
    </message>
    <message>
        <source>Scale to Fit</source>
        <translation>拡大縮小して収める</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1（提供なし）</translation>
    </message>
    <message>
        <source>First and last frames</source>
        <translation>最初と最後のフレーム</translation>
    </message>
    <message>
        <source>Begin on the previous shot&apos;s last frame (&amp;chain)</source>
        <translation>前のショットの最後のフレームから始める（接続）(&amp;C)</translation>
    </message>
    <message>
        <source>When the previous shot&apos;s circled take is ready, its last frame becomes this shot&apos;s first frame: the cut is continuous</source>
        <translation>前のショットの OKテイクが完了すると、その最後のフレームがこのショットの最初のフレームになり、カットがつながります</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>最初のフレーム：</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>最後のフレーム：</translation>
    </message>
    <message>
        <source>Chained: the last frame of shot %1&apos;s circled take, taken when this shot is generated.</source>
        <translation>接続済み：このショットを生成するときに、ショット %1 の OKテイクの最後のフレームを使います。</translation>
    </message>
    <message>
        <source>Chained: waiting for shot %1&apos;s take.</source>
        <translation>接続済み：ショット %1 のテイクを待機中。</translation>
    </message>
    <message>
        <source>⚠ Chained, but: %1</source>
        <translation>⚠ 接続済みですが：%1</translation>
    </message>
    <message>
        <source>Shot %1 has no circled take that is ready.</source>
        <translation>ショット %1 には完了した OKテイクがありません。</translation>
    </message>
    <message>
        <source>First Frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>Last Frame</source>
        <translation>最後のフレーム</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels: pictures over 50 megapixels are refused. Scale it down first.</source>
        <translation>画像は %1x%2 ピクセルです。5000 万画素を超える画像は受け付けません。先に縮小してください。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotListModel</name>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotName</name>
    <message>
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>SHOT %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>テイク %1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotSelection</name>
    <message>
        <source>no shot &quot;%1&quot; in the range &quot;%2&quot;</source>
        <translation>範囲「%2」にショット「%1」はありません</translation>
    </message>
    <message>
        <source>no scene &quot;%1&quot; in the project</source>
        <translation>プロジェクトにシーン「%1」はありません</translation>
    </message>
    <message>
        <source>the selection contains no shot</source>
        <translation>選択範囲にショットがありません</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotViewer</name>
    <message>
        <source>An empty sequence: insert a shot to begin.</source>
        <translation>シーケンスは空です。ショットを挿入して始めましょう。</translation>
    </message>
    <message>
        <source>Select a shot on the timeline.</source>
        <translation>タイムラインでショットを選んでください。</translation>
    </message>
    <message>
        <source>SHOT %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <source>%1 s · %2 · %3</source>
        <translation>%1 秒 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Slate</name>
    <message>
        <source>SLATE · %1 s</source>
        <translation>カチンコ · %1 秒</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SplitDialog</name>
    <message>
        <source>Split Shot %1</source>
        <translation>ショット %1 を分割</translation>
    </message>
    <message>
        <source>Two 4-second clips cut together often beat one long clip. Choose the parts and where each action beat goes.</source>
        <translation>4 秒のクリップ 2 本をつなぐほうが長いクリップ 1 本より良いことがよくあります。分割数と、各アクションビートの行き先を選んでください。</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>分割数(&amp;P)：</translation>
    </message>
    <message>
        <source>Action beat</source>
        <translation>アクションビート</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>行き先</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>分割(&amp;S)</translation>
    </message>
    <message>
        <source>Part %1 (%2 s)</source>
        <translation>パート %1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakeStaleness</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>the prompt changed</source>
        <translation>プロンプトが変更された</translation>
    </message>
    <message>
        <source>model %1, now %2</source>
        <translation>モデル %1 → 現在 %2</translation>
    </message>
    <message>
        <source>size %1, now %2</source>
        <translation>サイズ %1 → 現在 %2</translation>
    </message>
    <message>
        <source>length %1, now %2</source>
        <translation>尺 %1 → 現在 %2</translation>
    </message>
    <message>
        <source>a reference image was added</source>
        <translation>参照画像が追加された</translation>
    </message>
    <message>
        <source>the reference image was removed</source>
        <translation>参照画像が削除された</translation>
    </message>
    <message>
        <source>the reference image changed</source>
        <translation>参照画像が変更された</translation>
    </message>
    <message>
        <source>Out of date: %1.</source>
        <translation>古いテイク：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>a last frame was added</source>
        <translation>最後のフレームが追加されました</translation>
    </message>
    <message>
        <source>the last frame was removed</source>
        <translation>最後のフレームが外されました</translation>
    </message>
    <message>
        <source>the last frame changed</source>
        <translation>最後のフレームが変わりました</translation>
    </message>
    <message>
        <source>the shot now begins on the previous shot&apos;s last frame</source>
        <translation>このショットは今は前のショットの最後のフレームから始まります</translation>
    </message>
    <message>
        <source>it began on %1 of the previous shot, which is no longer circled</source>
        <translation>前のショットの %1 から始まっていますが、そのテイクはもう OKテイクではありません</translation>
    </message>
    <message>
        <source>it began on %1 of the previous shot; %2 is circled now</source>
        <translation>前のショットの %1 から始まっていますが、今の OKテイクは %2 です</translation>
    </message>
    <message>
        <source>a take no longer there</source>
        <translation>もう存在しないテイク</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakeStore</name>
    <message>
        <source>The shot %1 no longer exists.</source>
        <translation>ショット %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>The take %1 exists already.</source>
        <translation>テイク %1 はすでに存在します。</translation>
    </message>
    <message>
        <source>The take %1 no longer exists.</source>
        <translation>テイク %1 はもう存在しません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakesPanel</name>
    <message>
        <source>Send the shot&apos;s prompt to the provider</source>
        <translation>ショットのプロンプトをプロバイダーに送信</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>How many variants to generate</source>
        <translation>生成するバリエーションの数</translation>
    </message>
    <message>
        <source>Fine-tune the selected take: describe one change</source>
        <translation>選択したテイクを微調整：変更点を 1 つ記述</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Make the selected take the one used in the sequence</source>
        <translation>選択したテイクをシーケンスで使うテイクにします</translation>
    </message>
    <message>
        <source>Reveal in File Manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>No shot selected.</source>
        <translation>ショットが選択されていません。</translation>
    </message>
    <message>
        <source>Shot %1 has no takes yet.</source>
        <translation>ショット %1 にはまだテイクがありません。</translation>
    </message>
    <message>
        <source>Takes of shot %1 (● circled):</source>
        <translation>ショット %1 のテイク（● OK）：</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>テイク %1</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリエーション数</translation>
    </message>
    <message>
        <source>Remi&amp;x...</source>
        <translation>リミックス(&amp;X)...</translation>
    </message>
    <message>
        <source>Cancel Ta&amp;ke</source>
        <translation>テイクを中止(&amp;K)</translation>
    </message>
    <message>
        <source>Stop the selected take while it is queued or rendering</source>
        <translation>選択したテイクをキュー待ちまたはレンダリング中に停止します</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Send a failed, canceled or expired take again</source>
        <translation>失敗・中止・期限切れのテイクを再送信します</translation>
    </message>
    <message>
        <source>Circle &amp;Take</source>
        <translation>OKテイクにする(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TimelineWidget</name>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>レンダリング中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>No shots yet. Press Insert to add the first one.</source>
        <translation>ショットはまだありません。Insert キーで最初のショットを追加します。</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>テイク %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no take</source>
        <translation>テイクなし</translation>
    </message>
    <message>
        <source>Insert Shot</source>
        <translation>ショットを挿入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Split...</source>
        <translation>分割...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 · %2s</source>
        <translation>%1 · %2 秒</translation>
    </message>
    <message numerus="yes">
        <source>and %n more finding(s)</source>
        <translation>
            <numerusform>ほか %n 件の指摘</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut %1 → %2</source>
        <translation>カット %1 → %2</translation>
    </message>
    <message>
        <source>Chained: shot %1 begins on the last frame of shot %2&apos;s circled take.</source>
        <translation>接続済み：ショット %1 はショット %2 の OKテイクの最後のフレームから始まります。</translation>
    </message>
    <message>
        <source>Matched: the frames either side are the same picture.</source>
        <translation>一致：カットの前後が同じ画です。</translation>
    </message>
    <message>
        <source>Jump: shot %1 is chained, but its take does not begin where shot %2&apos;s circled take ends. Generate shot %1 again.</source>
        <translation>飛び：ショット %1 は接続されていますが、そのテイクはショット %2 の OKテイクの終わりから始まっていません。ショット %1 を生成し直してください。</translation>
    </message>
    <message>
        <source>Jump: the picture changes at the cut.</source>
        <translation>飛び：カットで画が変わります。</translation>
    </message>
    <message>
        <source>Not measured: circle a ready take of both shots.</source>
        <translation>未測定：両方のショットで完了したテイクを OK にしてください。</translation>
    </message>
    <message>
        <source>Mean difference of the frames: %1 of 255 (under %2 is continuous).</source>
        <translation>フレームの平均差：255 中 %1（%2 未満ならつながっている）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Validator</name>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>expected 0 (no cap) or a positive amount</source>
        <translation>0（上限なし）または正の金額が必要です</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>%1 のいずれかが必要ですが「%2」でした</translation>
    </message>
    <message>
        <source>expected one of %1 for %2, got &quot;%3&quot;</source>
        <translation>%2 には %1 のいずれかが必要ですが「%3」でした</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが %2 でした</translation>
    </message>
    <message>
        <source>a colour needs a name or a hex value</source>
        <translation>色には名前か 16 進値が必要です</translation>
    </message>
    <message>
        <source>expected a colour like #1f6f78, got &quot;%1&quot;</source>
        <translation>#1f6f78 のような色が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>ID「%1」が重複しています</translation>
    </message>
    <message>
        <source>duplicate shot id &quot;%1&quot;</source>
        <translation>ショット ID「%1」が重複しています</translation>
    </message>
    <message>
        <source>no scene has the id &quot;%1&quot;</source>
        <translation>ID「%1」のシーンはありません</translation>
    </message>
    <message>
        <source>no cast member has the id &quot;%1&quot;</source>
        <translation>ID「%1」のキャストはいません</translation>
    </message>
    <message>
        <source>empty dialogue line</source>
        <translation>空のセリフ行</translation>
    </message>
    <message>
        <source>duplicate take id &quot;%1&quot;</source>
        <translation>テイク ID「%1」が重複しています</translation>
    </message>
    <message>
        <source>expected 0 to 100, got %1</source>
        <translation>0～100 が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>no take of this shot has the id &quot;%1&quot;</source>
        <translation>このショットに ID「%1」のテイクはありません</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT in pixels such as 1280x720, got &quot;%1&quot;</source>
        <translation>幅x高さのピクセル数（例: 1280x720）が必要ですが、「%1」でした</translation>
    </message>
</context>
<context>
    <name>ShotBrief::VideoJob</name>
    <message>
        <source>Unreadable answer from the provider: %1</source>
        <translation>プロバイダーの応答を読み取れません：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ViewerTabs</name>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Compare Takes</source>
        <translation>テイクを比較</translation>
    </message>
    <message>
        <source>The selected shot: its picture or slate</source>
        <translation>選択したショット：その画像またはカチンコ</translation>
    </message>
    <message>
        <source>Play the circled takes of all shots as one film (Space, J/K/L)</source>
        <translation>すべてのショットの OKテイクを 1 本の映像として再生（Space、J/K/L）</translation>
    </message>
    <message>
        <source>Two to four takes of the selected shot side by side; 1-4 circles</source>
        <translation>選択したショットの 2～4 テイクを並べて表示。1～4 キーで OK にします</translation>
    </message>
    <message>
        <source>Use Frame as First Frame of &amp;Next Shot</source>
        <translation>このフレームを次のショットの最初のフレームにする(&amp;N)</translation>
    </message>
    <message>
        <source>The frame on screen becomes the first frame of the next shot (F)</source>
        <translation>画面のフレームを次のショットの最初のフレームにします（F）</translation>
    </message>
    <message>
        <source>Use Frame as &amp;Last Frame of This Shot</source>
        <translation>このフレームをこのショットの最後のフレームにする(&amp;L)</translation>
    </message>
    <message>
        <source>The frame on screen becomes this shot&apos;s last frame (Shift+F)</source>
        <translation>画面のフレームをこのショットの最後のフレームにします（Shift+F）</translation>
    </message>
    <message>
        <source>Frame → Next Shot&apos;s First</source>
        <translation>フレーム → 次のショットの最初</translation>
    </message>
    <message>
        <source>Frame → This Shot&apos;s Last</source>
        <translation>フレーム → このショットの最後</translation>
    </message>
    <message>
        <source>No frame on screen to use: play or step to a frame of a take.</source>
        <translation>使えるフレームが画面にありません。テイクを再生するか、コマ送りでフレームを表示してください。</translation>
    </message>
    <message>
        <source>Shot %1 is the last shot: there is no next shot to begin on this frame.</source>
        <translation>ショット %1 は最後のショットです。このフレームから始まる次のショットがありません。</translation>
    </message>
    <message>
        <source>Save the project first: pictures are copied into its media folder.</source>
        <translation>先にプロジェクトを保存してください。画像はメディアフォルダーにコピーされます。</translation>
    </message>
    <message>
        <source>Shot %1 now begins on this frame of shot %2.</source>
        <translation>ショット %1 はショット %2 のこのフレームから始まるようになりました。</translation>
    </message>
    <message>
        <source>Shot %1 now ends on this frame.</source>
        <translation>ショット %1 はこのフレームで終わるようになりました。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan, prompt, generate and preview AI film sequences.</source>
        <translation>AI 映像シーケンスを計画し、プロンプトを書き、生成してプレビューします。</translation>
    </message>
    <message>
        <source>The .shotbrief project to open.</source>
        <translation>開く .shotbrief プロジェクト。</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>カラーテーマ：system（システム）、light（ライト）、dark（ダーク）。</translation>
    </message>
</context>
</TS>
