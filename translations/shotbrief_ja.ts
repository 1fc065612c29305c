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
    <message>
        <source>Shots without a take show their board, else their first frame, else a slate. Burn in:</source>
        <translation>テイクのないショットはコンテ、なければ最初のフレーム、それもなければカチンコを表示します。焼き込み：</translation>
    </message>
    <message>
        <source>Shot &amp;label</source>
        <translation>ショットのラベル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dialogue as subtitles</source>
        <translation>セリフを字幕に(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Timecode</source>
        <translation>タイムコード(&amp;T)</translation>
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
    <name>ShotBrief::Board</name>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Save the project first: the first frame is written into its media folder.</source>
        <translation>先にプロジェクトを保存してください。最初のフレームはそのメディアフォルダーに書き込まれます。</translation>
    </message>
    <message>
        <source>The shot has no board to use.</source>
        <translation>このショットには使えるコンテがありません。</translation>
    </message>
    <message>
        <source>The shot has no size.</source>
        <translation>このショットにはサイズがありません。</translation>
    </message>
    <message>
        <source>Save the project first: pictures on a board are kept in its media folder.</source>
        <translation>先にプロジェクトを保存してください。コンテの画像はそのメディアフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>画像を読み込めません。</translation>
    </message>
    <message>
        <source>The picture is %1×%2, over 50 megapixels; use a smaller one.</source>
        <translation>画像は %1×%2 で 5000 万画素を超えています。もっと小さい画像を使ってください。</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>画像をエンコードできません。</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>パン</translation>
    </message>
    <message>
        <source>TILT</source>
        <translation>ティルト</translation>
    </message>
    <message>
        <source>DOLLY</source>
        <translation>ドリー</translation>
    </message>
    <message>
        <source>CRANE</source>
        <translation>クレーン</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>ティルト</translation>
    </message>
    <message>
        <source>Dolly</source>
        <translation>ドリー</translation>
    </message>
    <message>
        <source>Crane</source>
        <translation>クレーン</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardCanvas</name>
    <message>
        <source>Board canvas</source>
        <translation>コンテのキャンバス</translation>
    </message>
    <message>
        <source>Draw the shot&apos;s frame: P pen, B brush, E eraser, A arrow, T note, V move; [ and ] change the width; Delete removes the selected arrow or note</source>
        <translation>ショットの画面を描きます：P ペン、B ブラシ、E 消しゴム、A 矢印、T メモ、V 移動。[ と ] で線幅を変更、Delete で選択中の矢印やメモを削除</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>プロジェクトは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>This board&apos;s file cannot be read, so it is kept as it is: %1</source>
        <translation>このコンテのファイルを読み込めないため、そのまま保持します：%1</translation>
    </message>
    <message>
        <source>Select a shot to draw its board.</source>
        <translation>ショットを選ぶと、そのコンテを描けます。</translation>
    </message>
    <message>
        <source>Move arrow</source>
        <translation>矢印を移動</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>メモを移動</translation>
    </message>
    <message>
        <source>The ink layer is hidden: show it to draw on it.</source>
        <translation>線画レイヤーが非表示です。表示してから描いてください。</translation>
    </message>
    <message>
        <source>The sketch layer is hidden: show it to draw on it.</source>
        <translation>下描きレイヤーが非表示です。表示してから描いてください。</translation>
    </message>
    <message>
        <source>Erase on the board of %1</source>
        <translation>%1のコンテを消しゴムで消す</translation>
    </message>
    <message>
        <source>Draw on the board of %1</source>
        <translation>%1のコンテに描く</translation>
    </message>
    <message>
        <source>Note on the Frame</source>
        <translation>画面上のメモ</translation>
    </message>
    <message>
        <source>Text shown on the board:</source>
        <translation>コンテに表示する文字：</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>矢印を削除</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Clear ink layer</source>
        <translation>線画レイヤーを消去</translation>
    </message>
    <message>
        <source>Clear sketch layer</source>
        <translation>下描きレイヤーを消去</translation>
    </message>
    <message>
        <source>Change arrow</source>
        <translation>矢印を変更</translation>
    </message>
    <message>
        <source>Reverse Direction</source>
        <translation>向きを反転</translation>
    </message>
    <message>
        <source>Reverse arrow</source>
        <translation>矢印を反転</translation>
    </message>
    <message>
        <source>Delete Arrow</source>
        <translation>矢印を削除</translation>
    </message>
    <message>
        <source>Edit Note...</source>
        <translation>メモを編集...</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Paste Picture as Reference</source>
        <translation>画像を参照として貼り付け</translation>
    </message>
    <message>
        <source>Clear Ink Layer</source>
        <translation>線画レイヤーを消去</translation>
    </message>
    <message>
        <source>Clear Sketch Layer</source>
        <translation>下描きレイヤーを消去</translation>
    </message>
    <message>
        <source>%1 is %2×%3, over 50 megapixels; use a smaller picture.</source>
        <translation>%1 は %2×%3 で 5000 万画素を超えています。もっと小さい画像を使ってください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>There is no picture to use.</source>
        <translation>使える画像がありません。</translation>
    </message>
    <message>
        <source>Set reference picture</source>
        <translation>参照画像を設定</translation>
    </message>
    <message>
        <source>Add pan arrow</source>
        <translation>パンの矢印を追加</translation>
    </message>
    <message>
        <source>Add tilt arrow</source>
        <translation>ティルトの矢印を追加</translation>
    </message>
    <message>
        <source>Add dolly arrow</source>
        <translation>ドリーの矢印を追加</translation>
    </message>
    <message>
        <source>Add crane arrow</source>
        <translation>クレーンの矢印を追加</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardEditor</name>
    <message>
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <source>Pen: a line that follows the pressure (P)</source>
        <translation>ペン：筆圧に応じて変わる線（P）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Brush: a wide translucent stroke (B)</source>
        <translation>ブラシ：太い半透明のストローク（B）</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Eraser: clears the active layer (E)</source>
        <translation>消しゴム：作業中のレイヤーを消す（E）</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <source>Camera move arrow: drag on the frame; drag its ends to edit it (A)</source>
        <translation>カメラワークの矢印：画面上でドラッグ。端をドラッグすると編集（A）</translation>
    </message>
    <message>
        <source>Camera move of new arrows</source>
        <translation>新しい矢印のカメラワーク</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Text note: click on the frame (T)</source>
        <translation>文字メモ：画面上をクリック（T）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Select and move arrows and notes; Delete removes, arrow keys nudge (V)</source>
        <translation>矢印とメモを選んで移動。Delete で削除、矢印キーで微調整（V）</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>線幅(&amp;W)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width at full pressure, in board pixels ([ and ])</source>
        <translation>筆圧最大時の線幅（コンテのピクセル単位、[ と ]）</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>線画</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>下描き</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Draw on the %1 layer</source>
        <translation>%1レイヤーに描く</translation>
    </message>
    <message>
        <source>Show the %1 layer</source>
        <translation>%1レイヤーを表示</translation>
    </message>
    <message>
        <source>Opacity of the %1 layer</source>
        <translation>%1レイヤーの不透明度</translation>
    </message>
    <message>
        <source>Show %1 layer</source>
        <translation>%1レイヤーを表示</translation>
    </message>
    <message>
        <source>Hide %1 layer</source>
        <translation>%1レイヤーを非表示</translation>
    </message>
    <message>
        <source>%1 layer opacity</source>
        <translation>%1レイヤーの不透明度</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>読み込み...</translation>
    </message>
    <message>
        <source>Choose a picture as the reference layer</source>
        <translation>参照レイヤーにする画像を選ぶ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>The picture on the clipboard as the reference layer (Ctrl+V)</source>
        <translation>クリップボードの画像を参照レイヤーにする（Ctrl+V）</translation>
    </message>
    <message>
        <source>From Take</source>
        <translation>テイクから</translation>
    </message>
    <message>
        <source>A frame of one of the shot&apos;s takes as the reference layer</source>
        <translation>ショットのテイクの 1 フレームを参照レイヤーにする</translation>
    </message>
    <message>
        <source>%1 (circled)</source>
        <translation>%1（OK）</translation>
    </message>
    <message>
        <source>No ready take with a picture</source>
        <translation>画像のある完成テイクはありません</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Take the reference picture away</source>
        <translation>参照画像を外す</translation>
    </message>
    <message>
        <source>Remove reference picture</source>
        <translation>参照画像を外す</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Onion Skin</source>
        <translation>オニオンスキン</translation>
    </message>
    <message>
        <source>Show the previous board in red and the next in green</source>
        <translation>前のコンテを赤、次のコンテを緑で表示</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Thirds, safe areas, a figure at the shot&apos;s framing</source>
        <translation>三分割線、セーフエリア、ショットのサイズに合わせた人物</translation>
    </message>
    <message>
        <source>Rule of Thirds</source>
        <translation>三分割法</translation>
    </message>
    <message>
        <source>Action and Title Safe</source>
        <translation>アクションセーフとタイトルセーフ</translation>
    </message>
    <message>
        <source>Figure at the Shot&apos;s Framing</source>
        <translation>ショットのサイズで人物を表示</translation>
    </message>
    <message>
        <source>Use as First Frame</source>
        <translation>最初のフレームに使う</translation>
    </message>
    <message>
        <source>Draw the board at the shot&apos;s size, without arrows and notes, and send it to the provider as the first frame</source>
        <translation>コンテをショットのサイズで描き出し（矢印とメモを除く）、最初のフレームとしてプロバイダーに送ります</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黒</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色：</translation>
    </message>
    <message>
        <source>%1 (the shot&apos;s palette)</source>
        <translation>%1（ショットのパレット）</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>色 %1</translation>
    </message>
    <message>
        <source>More...</source>
        <translation>その他...</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>任意の色を選ぶ</translation>
    </message>
    <message>
        <source>Board Colour</source>
        <translation>コンテの色</translation>
    </message>
    <message>
        <source>Board of %1: %2×%3</source>
        <translation>%1のコンテ：%2×%3</translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>ストローク %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>矢印 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>メモ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ drawn for another aspect ratio than the shot&apos;s %1: pictures of it are letterboxed</source>
        <translation>⚠ ショットの %1 とは違う縦横比で描かれています。画像はレターボックスで表示されます</translation>
    </message>
    <message>
        <source>The board is now the first frame of %1, at the clip&apos;s size %2.</source>
        <translation>コンテを%1の最初のフレームにしました（クリップのサイズ %2）。</translation>
    </message>
    <message>
        <source>Save the project first: pictures on a board are kept in its media folder.</source>
        <translation>先にプロジェクトを保存してください。コンテの画像はそのメディアフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Reference Picture</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 has no ready take with a picture yet.</source>
        <translation>%1にはまだ画像のある完成テイクがありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardFile</name>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true か false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが %2 でした</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>%1 から %2 の数値が必要ですが、%3 でした</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb, got &quot;%1&quot;</source>
        <translation>#rrggbb 形式の色が必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>expected a point [x, y]</source>
        <translation>点 [x, y] が必要です</translation>
    </message>
    <message>
        <source>the point lies too far outside the board</source>
        <translation>点がコンテの外に離れすぎています</translation>
    </message>
    <message>
        <source>expected &quot;pen&quot;, &quot;brush&quot; or &quot;eraser&quot;, got &quot;%1&quot;</source>
        <translation>「pen」「brush」「eraser」のいずれかが必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>expected a list of x, y, pressure triples</source>
        <translation>x、y、筆圧の 3 つ組のリストが必要です</translation>
    </message>
    <message>
        <source>the board has more than %L1 points; boards that large are refused</source>
        <translation>コンテの点が %L1 個を超えています。これほど大きいコンテは読み込みません</translation>
    </message>
    <message>
        <source>expected whole numbers: x and y in tenths of a pixel, pressure from 0 to 100</source>
        <translation>整数が必要です：x と y は 0.1 ピクセル単位、筆圧は 0 から 100</translation>
    </message>
    <message>
        <source>expected &quot;pan&quot;, &quot;tilt&quot;, &quot;dolly&quot; or &quot;crane&quot;, got &quot;%1&quot;</source>
        <translation>「pan」「tilt」「dolly」「crane」のいずれかが必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>expected a board (a JSON object)</source>
        <translation>コンテ（JSON オブジェクト）が必要です</translation>
    </message>
    <message>
        <source>not a ShotBrief board: the &quot;board&quot; version is missing</source>
        <translation>ShotBrief のコンテではありません：「board」のバージョンがありません</translation>
    </message>
    <message>
        <source>written by a newer version of ShotBrief (board format %1; this version reads %2)</source>
        <translation>新しいバージョンの ShotBrief で書かれています（コンテ形式 %1、このバージョンが読めるのは %2）</translation>
    </message>
    <message>
        <source>expected the canvas size in whole pixels, 1 to %1</source>
        <translation>キャンバスのサイズは 1 から %1 の整数ピクセルで指定してください</translation>
    </message>
    <message>
        <source>the board file is over %1 MB</source>
        <translation>コンテのファイルが %1 MB を超えています</translation>
    </message>
    <message>
        <source>nested deeper than a board can be</source>
        <translation>コンテとしてありえない深さまで入れ子になっています</translation>
    </message>
    <message>
        <source>a string longer than %1 KB</source>
        <translation>%1 KB を超える文字列があります</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>無効な JSON：%1</translation>
    </message>
    <message>
        <source>the board file does not exist</source>
        <translation>コンテのファイルがありません</translation>
    </message>
    <message>
        <source>could not open the board file: %1</source>
        <translation>コンテのファイルを開けません：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardGridModel</name>
    <message>
        <source>No scene</source>
        <translation>シーンなし</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardGridPage</name>
    <message>
        <source>&amp;Zoom:</source>
        <translation>ズーム(&amp;Z)：</translation>
    </message>
    <message>
        <source>Panel size (Ctrl+wheel, Ctrl+= and Ctrl+- in the grid)</source>
        <translation>コマの大きさ（一覧上で Ctrl+ホイール、Ctrl+= と Ctrl+-）</translation>
    </message>
    <message>
        <source>Panel size</source>
        <translation>コマの大きさ</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) in %1 scene run(s), %2 with a board</source>
        <translation>
            <numerusform>%n ショット、シーン区間 %1、うちコンテあり %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardGridView</name>
    <message>
        <source>Take</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>コンテ</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>Board grid</source>
        <translation>コンテ一覧</translation>
    </message>
    <message>
        <source>Every shot as a storyboard panel, grouped by scene</source>
        <translation>全ショットをシーンごとに絵コンテのコマとして表示</translation>
    </message>
    <message>
        <source>An empty sequence: insert a shot to begin.</source>
        <translation>シーケンスは空です。ショットを挿入して始めましょう。</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s), %1 s</source>
        <translation>
            <numerusform>%n ショット、%1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Draw Board</source>
        <translation>コンテを描く</translation>
    </message>
    <message>
        <source>Edit Shot</source>
        <translation>ショットを編集</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>除外</translation>
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
        <source>list a provider&apos;s models; --refresh reads its catalog</source>
        <translation>プロバイダーのモデルを一覧表示（--refresh でカタログを読み込み）</translation>
    </message>
    <message>
        <source>import a screenplay or shot list (or re-import a revision)</source>
        <translation>脚本またはショットリストを読み込む（改稿の再読み込みも）</translation>
    </message>
    <message>
        <source>write a review package the team opens in a browser</source>
        <translation>チームがブラウザで開くレビューパッケージを書き出す</translation>
    </message>
    <message>
        <source>bring reviewers&apos; feedback files back in</source>
        <translation>レビュアーのフィードバックファイルを取り込む</translation>
    </message>
    <message>
        <source>bring the plan to an edited cut (order, trims, takes, cuts)</source>
        <translation>編集結果に計画を合わせる（順番、トリム、テイク、除外）</translation>
    </message>
    <message>
        <source>Brings the plan to an edit list that was exported from ShotBrief and changed in an editor: the order of the shots, trims (in and out points of takes), another take of a shot as the circled take, and shots left out of the cut (marked cut, not deleted). Reads OpenTimelineIO, CMX 3600 EDL, MLT and Final Cut Pro 7 XML. The project is saved atomically; nothing changes when the edit list cannot be read or matched.</source>
        <translation>ShotBrief から書き出し、編集ソフトで手を入れた編集リストに計画を合わせます：ショットの順番、トリム（テイクのイン点・アウト点）、同じショットの別テイクを OKテイクにすること、編集で外されたショット（削除せず「除外」にします）。OpenTimelineIO、CMX 3600 EDL、MLT、Final Cut Pro 7 XML を読み込みます。プロジェクトはアトミックに保存され、編集リストを読めないか照合できないときは何も変わりません。</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>変更内容を報告するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>Set each shot&apos;s duration to its length in the cut (whole seconds, which may not be a length the provider makes).</source>
        <translation>各ショットの長さを編集上の長さに合わせます（秒単位で切り上げ。プロバイダーが生成できない長さになることがあります）。</translation>
    </message>
    <message>
        <source>Bring clips that did not come from ShotBrief in as new shots (their files are copied into the media folder).</source>
        <translation>ShotBrief 以外のクリップを新しいショットとして取り込みます（ファイルはメディアフォルダーにコピーされます）。</translation>
    </message>
    <message>
        <source>The edited edit list (.otio, .edl, .mlt, .xml).</source>
        <translation>編集済みの編集リスト（.otio、.edl、.mlt、.xml）。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli conform PROJECT EDITED.(otio|edl|mlt|xml) [--dry-run] [--json] [--fit-length] [--import-clips]</source>
        <translation>使い方：shotbrief-cli conform PROJECT EDITED.(otio|edl|mlt|xml) [--dry-run] [--json] [--fit-length] [--import-clips]</translation>
    </message>
    <message>
        <source>shotbrief-cli conform: expected a project and an edit list
%1</source>
        <translation>shotbrief-cli conform：プロジェクトと編集リストを指定してください
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli conform: %1: %2</source>
        <translation>shotbrief-cli conform：%1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Writes a review package: a folder (or zip) with index.html, which the production team opens in any browser, offline, to watch the sequence and approve or comment on each shot.</source>
        <translation>レビューパッケージを書き出します。index.html を含むフォルダー（または zip）で、制作チームはどのブラウザでもオフラインで開き、シーケンスを見て各ショットを承認したりコメントしたりできます。</translation>
    </message>
    <message>
        <source>The package folder (or archive with --zip).</source>
        <translation>パッケージのフォルダー（--zip のときはアーカイブ）。</translation>
    </message>
    <message>
        <source>Write one .zip archive instead of a folder.</source>
        <translation>フォルダーの代わりに .zip アーカイブを 1 つ書き出します。</translation>
    </message>
    <message>
        <source>circled (default): the circled take of each shot; all: every ready take, side by side, for the reviewers to prefer one.</source>
        <translation>circled（既定）：各ショットの OKテイク。all：準備済みのすべてのテイクを並べて表示し、レビュアーが好みのテイクを選べるようにします。</translation>
    </message>
    <message>
        <source>Shots to include: labels or 1-based positions, e.g. &quot;1-3,7,9A,12-&quot;.</source>
        <translation>含めるショット：ラベルまたは 1 から始まる位置。例：「1-3,7,9A,12-」</translation>
    </message>
    <message>
        <source>The page&apos;s language: %1 (default: the interface language).</source>
        <translation>ページの言語：%1（既定：インターフェースの言語）。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli review FILE -o DIR [--zip] [--takes circled|all] [--shots RANGE] [--scene ID] [--language CODE]</source>
        <translation>使い方：shotbrief-cli review FILE -o DIR [--zip] [--takes circled|all] [--shots RANGE] [--scene ID] [--language CODE]</translation>
    </message>
    <message>
        <source>shotbrief-cli review: expected one project file
%1</source>
        <translation>shotbrief-cli review：プロジェクトファイルを 1 つ指定してください
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli review: -o DIR is required
%1</source>
        <translation>shotbrief-cli review：-o DIR が必要です
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli review: --takes is circled or all, not &quot;%1&quot;</source>
        <translation>shotbrief-cli review：--takes は circled か all です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>shotbrief-cli review: unknown language &quot;%1&quot; (expected %2)</source>
        <translation>shotbrief-cli review：不明な言語「%1」（%2 のいずれか）</translation>
    </message>
    <message>
        <source>shotbrief-cli review: %1</source>
        <translation>shotbrief-cli review：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 shots, %3 clips, %4 pictures, %5)</source>
        <translation>%1 を書き出しました（ショット %2、クリップ %3、画像 %4、%5）</translation>
    </message>
    <message>
        <source>Brings the decisions of review feedback files (saved by a review package&apos;s &quot;Download feedback&quot;) into the project and saves it. Several reviewers&apos; files merge: one review per reviewer and shot, the latest wins.</source>
        <translation>レビューのフィードバックファイル（レビューパッケージの「フィードバックをダウンロード」で保存）の判断をプロジェクトに取り込み、保存します。複数のレビュアーのファイルはまとめられ、レビュアーとショットごとに 1 件、最新のものが残ります。</translation>
    </message>
    <message>
        <source>Also apply feedback on shots that changed since the package was made.</source>
        <translation>パッケージ作成後に変更されたショットへのフィードバックも適用します。</translation>
    </message>
    <message>
        <source>Report what would be applied; change nothing.</source>
        <translation>適用される内容を報告するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>One or more feedback files (.json).</source>
        <translation>1 つ以上のフィードバックファイル（.json）。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli review-import FILE FEEDBACK.json... [--include-changed] [--dry-run]</source>
        <translation>使い方：shotbrief-cli review-import FILE FEEDBACK.json... [--include-changed] [--dry-run]</translation>
    </message>
    <message>
        <source>shotbrief-cli review-import: expected a project file and at least one feedback file
%1</source>
        <translation>shotbrief-cli review-import：プロジェクトファイルと 1 つ以上のフィードバックファイルを指定してください
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli review-import: nothing was applied</source>
        <translation>shotbrief-cli review-import：何も適用されませんでした</translation>
    </message>
    <message>
        <source>Feedback on shots that changed since the package was made was not applied; --include-changed applies it anyway.</source>
        <translation>パッケージ作成後に変更されたショットへのフィードバックは適用されていません。--include-changed を付けると適用します。</translation>
    </message>
    <message>
        <source> (dry run: nothing was saved)</source>
        <translation>（ドライラン：何も保存していません）</translation>
    </message>
    <message>
        <source>Storyboard panels a page: 1, 2, 4, 6 (default) or 9.</source>
        <translation>絵コンテ 1 ページのコマ数：1、2、4、6（既定）または 9。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli export FILE --format %1 [-o OUT] [--paper a4|letter] [--landscape] [--bom] [--panels 1|2|4|6|9] [--shots RANGE] [--scene ID]</source>
        <translation>使い方：shotbrief-cli export FILE --format %1 [-o OUT] [--paper a4|letter] [--landscape] [--bom] [--panels 1|2|4|6|9] [--shots RANGE] [--scene ID]</translation>
    </message>
    <message>
        <source>shotbrief-cli export: --panels takes 1, 2, 4, 6 or 9, not &quot;%1&quot;</source>
        <translation>shotbrief-cli export：--panels に指定できるのは 1、2、4、6、9 で、「%1」は使えません</translation>
    </message>
    <message>
        <source>measure the cuts and colours of the circled takes</source>
        <translation>OKテイクのカット点と色を測定する</translation>
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
    <message>
        <source>Cannot read the first frame %1: %2</source>
        <translation>最初のフレーム %1 を読み込めません：%2</translation>
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
    <message>
        <source>Mark %1 as cut</source>
        <translation>%1を編集から除外</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1を編集に戻す</translation>
    </message>
    <message>
        <source>Trim take</source>
        <translation>テイクをトリム</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2の%1を編集</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1を挿入</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
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
    <message>
        <source>Circle</source>
        <translation>OKテイクにする</translation>
    </message>
    <message>
        <source>Circle the selected take: the sequence plays it (or press 1-4, or double-click a take)</source>
        <translation>選択したテイクを OK にします。シーケンスはそれを再生します（1〜4 キー、またはテイクのダブルクリックでも可）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Wipe side A</source>
        <translation>ワイプ A 側</translation>
    </message>
    <message>
        <source>Wipe side B</source>
        <translation>ワイプ B 側</translation>
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
    <message>
        <source>out of date</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>%1, circled</source>
        <translation>%1、OKテイク</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Conform</name>
    <message>
        <source>cannot create the clips folder</source>
        <translation>clips フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot copy the clip into the media folder: %1</source>
        <translation>クリップをメディアフォルダーにコピーできません：%1</translation>
    </message>
    <message>
        <source>save the project first: new clips are copied into its media folder</source>
        <translation>先にプロジェクトを保存してください。新しいクリップはプロジェクトのメディアフォルダーにコピーされます</translation>
    </message>
    <message>
        <source>Conform to edit %1</source>
        <translation>編集 %1 に合わせる</translation>
    </message>
    <message>
        <source>the whole clip</source>
        <translation>クリップ全体</translation>
    </message>
    <message>
        <source>%1 to %2 s (%3 s)</source>
        <translation>%1～%2 秒（%3 秒）</translation>
    </message>
    <message>
        <source>the cut runs at %1 fps, ShotBrief&apos;s edit lists at %2 fps: set the sequence to %2 fps in the editor and export again</source>
        <translation>編集は %1 fps、ShotBrief の編集リストは %2 fps です。編集ソフトでシーケンスを %2 fps にして書き出し直してください</translation>
    </message>
    <message>
        <source>this edit list comes from another ShotBrief project%1: none of its clips is a shot of this one. Open the project it was exported from.</source>
        <translation>この編集リストは別の ShotBrief プロジェクト%1のものです。本プロジェクトのショットであるクリップがありません。書き出し元のプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>no clip of this edit list came from this project (no shot or take ids, no clips from its media folder). Export an edit list from ShotBrief, edit it, and conform to that.</source>
        <translation>この編集リストには本プロジェクトのクリップがありません（ショットやテイクの ID も、メディアフォルダーのクリップもありません）。ShotBrief から編集リストを書き出し、それを編集してから合わせてください。</translation>
    </message>
    <message>
        <source>A gap of %1 frames before %2 is closed: ShotBrief plays shots back to back.</source>
        <translation>%2 の前の %1 フレームのギャップを詰めました。ShotBrief はショットを続けて再生します。</translation>
    </message>
    <message>
        <source>%1 is already in the cut earlier; ShotBrief keeps one place per shot, so this use is left out</source>
        <translation>%1 は編集の前の位置にすでにあります。ShotBrief ではショットの位置は一つなので、この使用は含めません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was matched to %3 by its name only.</source>
        <translation>%1「%2」は名前だけで%3と照合しました。</translation>
    </message>
    <message>
        <source>%1 names a take of %3 (%2) that the project does not have: the circled take stays.</source>
        <translation>%1 は%3のテイク（%2）を指していますが、プロジェクトにありません。OKテイクはそのままです。</translation>
    </message>
    <message>
        <source>%1 is not in the cut: marked cut (kept in the plan)</source>
        <translation>%1 は編集にありません：除外にします（計画には残ります）</translation>
    </message>
    <message>
        <source>%1 is in the cut again: restored</source>
        <translation>%1 が再び編集に入りました：戻します</translation>
    </message>
    <message>
        <source>%1: %2 is in the cut and becomes the circled take</source>
        <translation>%1：編集で使われた%2を OKテイクにします</translation>
    </message>
    <message>
        <source>%1: %2 plays %3 (was %4)</source>
        <translation>%1：%2 は %3 を使います（以前は %4）</translation>
    </message>
    <message>
        <source>%1 has no take and lasts %2 s in the cut, %3 s in the plan: choose &quot;fit length to cut&quot; to follow the cut.</source>
        <translation>%1 にはテイクがなく、編集では %2 秒、計画では %3 秒です。編集に合わせるには「長さを編集に合わせる」を選んでください。</translation>
    </message>
    <message>
        <source>%1: duration %2 s (was %3 s), fitted to the cut</source>
        <translation>%1：長さ %2 秒（以前は %3 秒）、編集に合わせました</translation>
    </message>
    <message>
        <source>its ShotBrief shot and take are not in this project</source>
        <translation>ShotBrief のショットとテイクが本プロジェクトにありません</translation>
    </message>
    <message>
        <source>a gap, colour or generator that is not a ShotBrief shot</source>
        <translation>ShotBrief のショットではないギャップ、カラー、ジェネレーター</translation>
    </message>
    <message>
        <source>not from ShotBrief, and its media is not named</source>
        <translation>ShotBrief のものではなく、素材の指定もありません</translation>
    </message>
    <message>
        <source>not from ShotBrief; it can come in as a new shot</source>
        <translation>ShotBrief のものではありません。新しいショットとして取り込めます</translation>
    </message>
    <message>
        <source>not from ShotBrief, and its media %1 is not found</source>
        <translation>ShotBrief のものではなく、素材 %1 が見つかりません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; did not come from ShotBrief and its media %3 is not found: relink it in the editor, or conform without bringing in new clips</source>
        <translation>%1「%2」は ShotBrief のものではなく、素材 %3 が見つかりません。編集ソフトで再リンクするか、新しいクリップを取り込まずに合わせてください</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>Brought in from the edited cut: %1</source>
        <translation>編集結果から取り込み：%1</translation>
    </message>
    <message>
        <source>New shot &quot;%1&quot; holding %2 (%3)</source>
        <translation>新しいショット「%1」に %2 を使用（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Shots in the cut&apos;s order (%n move(s))</source>
        <translation>
            <numerusform>ショットを編集の順番に並べ替え（移動 %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3 fps): %4 of %5 clips matched to shots.
</source>
        <translation>%1（%2、%3 fps）：%5 クリップ中 %4 クリップをショットと照合しました。
</translation>
    </message>
    <message>
        <source>The plan already matches the cut: nothing to change.
</source>
        <translation>計画はすでに編集と一致しています：変更はありません。
</translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n):
</source>
        <translation>
            <numerusform>変更しました（%n）：
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change (%n):
</source>
        <translation>
            <numerusform>変更予定（%n）：
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not matched (%n):
</source>
        <translation>
            <numerusform>照合できなかったもの（%n）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>注記：
</translation>
    </message>
    <message>
        <source>clips overlap on the video track at %1 (%2 &quot;%3&quot; and %4 &quot;%5&quot;): ShotBrief plays one shot after another; put them on one track end to end and export again</source>
        <translation>ビデオトラックの %1 でクリップが重なっています（%2「%3」と %4「%5」）。ShotBrief はショットを一つずつ再生します。一つのトラックに隙間なく並べて書き出し直してください</translation>
    </message>
    <message>
        <source>The cut has %1 video tracks with clips; ShotBrief used the top one (%2).</source>
        <translation>編集にはクリップのあるビデオトラックが %1 本あります。ShotBrief は一番上のトラック（%2）を使いました。</translation>
    </message>
    <message>
        <source>not an edit list ShotBrief reads: expected OpenTimelineIO (.otio), CMX 3600 EDL (.edl), MLT (.mlt) or Final Cut Pro 7 XML (.xml)</source>
        <translation>ShotBrief が読める編集リストではありません：OpenTimelineIO（.otio）、CMX 3600 EDL（.edl）、MLT（.mlt）、Final Cut Pro 7 XML（.xml）のいずれかが必要です</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, which is more than any edit list ShotBrief reads</source>
        <translation>ファイルが %1 MB を超えており、ShotBrief が読み込む編集リストの上限を超えています</translation>
    </message>
    <message>
        <source>Speed changes are left out (line %1).</source>
        <translation>速度変更は含めません（%1 行目）。</translation>
    </message>
    <message>
        <source>expected an event: number, reel, channels, transition and four timecodes, got &quot;%1&quot;</source>
        <translation>イベント（番号、リール、チャンネル、トランジション、タイムコード 4 つ）が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>no video events</source>
        <translation>ビデオのイベントがありません</translation>
    </message>
    <message>
        <source>drop-frame timecode (29.97 or 59.94 fps): ShotBrief&apos;s edit lists run at %1 fps; set the sequence to %1 fps non-drop and export again</source>
        <translation>ドロップフレームのタイムコード（29.97 または 59.94 fps）です。ShotBrief の編集リストは %1 fps です。シーケンスを %1 fps ノンドロップにして書き出し直してください</translation>
    </message>
    <message>
        <source>expected a timecode HH:MM:SS:FF, got &quot;%1&quot;</source>
        <translation>HH:MM:SS:FF 形式のタイムコードが必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>timecode %1 is not a time of day</source>
        <translation>タイムコード %1 は時刻として正しくありません</translation>
    </message>
    <message>
        <source>timecode %1 counts %2 frames in a second: the EDL was made at another frame rate than %3 fps; set the sequence to %3 fps and export again</source>
        <translation>タイムコード %1 は 1 秒に %2 フレームを数えています。この EDL は %3 fps 以外で作られています。シーケンスを %3 fps にして書き出し直してください</translation>
    </message>
    <message>
        <source>an out point before its in point</source>
        <translation>アウト点がイン点より前にあります</translation>
    </message>
    <message>
        <source>Transitions are left out: ShotBrief cuts.</source>
        <translation>トランジションは含めません。ShotBrief はカットでつなぎます。</translation>
    </message>
    <message>
        <source>Event %1 plays at another speed; ShotBrief uses its source in point and record length (line %2).</source>
        <translation>イベント %1 は速度が変えてあります。ShotBrief はソースのイン点とレコードの長さを使います（%2 行目）。</translation>
    </message>
    <message>
        <source>event %1 (line %2)</source>
        <translation>イベント %1（%2 行目）</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>no tractor or playlist: nothing to play</source>
        <translation>tractor も playlist もありません。再生するものがありません</translation>
    </message>
    <message>
        <source>no video track with clips</source>
        <translation>クリップのあるビデオトラックがありません</translation>
    </message>
    <message>
        <source>the video track has no clips</source>
        <translation>ビデオトラックにクリップがありません</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2=&quot;%3&quot;: expected frames or a time such as 00:00:04.000</source>
        <translation>&lt;%1&gt; %2=&quot;%3&quot;：フレーム数か 00:00:04.000 のような時間が必要です</translation>
    </message>
    <message>
        <source>entry %1 plays &quot;%2&quot;, which the file does not define</source>
        <translation>エントリー %1 は「%2」を再生しますが、ファイルに定義がありません</translation>
    </message>
    <message>
        <source>entry %1 (line %2)</source>
        <translation>エントリー %1（%2 行目）</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>入れ子が %1 階層より深くなっています</translation>
    </message>
    <message>
        <source>a string longer than 16 MB</source>
        <translation>16 MB を超える文字列があります</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>無効な JSON</translation>
    </message>
    <message>
        <source>expected an OpenTimelineIO Timeline (OTIO_SCHEMA &quot;Timeline.1&quot;) at the top</source>
        <translation>最上位に OpenTimelineIO のタイムライン（OTIO_SCHEMA &quot;Timeline.1&quot;）が必要です</translation>
    </message>
    <message>
        <source>expected a Stack of tracks</source>
        <translation>トラックの Stack が必要です</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1 is not read: ShotBrief reads clips, gaps and transitions on one track (flatten nested sequences and export again)</source>
        <translation>%1 は読み込めません。ShotBrief は一つのトラックのクリップ、ギャップ、トランジションを読み込みます（ネストしたシーケンスを展開して書き出し直してください）</translation>
    </message>
    <message>
        <source>expected a TimeRange with start_time and duration</source>
        <translation>start_time と duration を持つ TimeRange が必要です</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Disabled clip &quot;%1&quot; (%2) is left out.</source>
        <translation>無効のクリップ「%1」（%2）は含めません。</translation>
    </message>
    <message>
        <source>no &lt;sequence&gt; in the file</source>
        <translation>ファイルに &lt;sequence&gt; がありません</translation>
    </message>
    <message>
        <source>The file holds %1 sequences; ShotBrief read the first, &quot;%2&quot;.</source>
        <translation>ファイルには %1 個のシーケンスがあります。ShotBrief は最初の「%2」を読み込みました。</translation>
    </message>
    <message>
        <source>the sequence has no video</source>
        <translation>シーケンスにビデオがありません</translation>
    </message>
    <message>
        <source>the video track has no enabled clips</source>
        <translation>ビデオトラックに有効なクリップがありません</translation>
    </message>
    <message>
        <source>&lt;rate&gt; needs a &lt;timebase&gt; of frames per second, got &quot;%1&quot;</source>
        <translation>&lt;rate&gt; には 1 秒あたりのフレーム数の &lt;timebase&gt; が必要ですが「%1」でした</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; needs a whole number in &lt;%3&gt;</source>
        <translation>&lt;%1&gt;「%2」の &lt;%3&gt; には整数が必要です</translation>
    </message>
    <message>
        <source>Disabled clip &quot;%1&quot; (line %2) is left out.</source>
        <translation>無効のクリップ「%1」（%2 行目）は含めません。</translation>
    </message>
    <message>
        <source>clip %1 (line %2)</source>
        <translation>クリップ %1（%2 行目）</translation>
    </message>
    <message>
        <source>the document type declares entities or an internal subset, which ShotBrief does not read</source>
        <translation>文書型宣言にエンティティまたは内部サブセットがあります。ShotBrief はこれを読み込みません</translation>
    </message>
    <message>
        <source>entity references are not read (&amp;%1;)</source>
        <translation>エンティティ参照は読み込みません（&amp;%1;）</translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation>ルート要素が複数あります</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>要素の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>要素が %1 個を超えています</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML の形式が正しくありません：%1</translation>
    </message>
    <message>
        <source>no XML element in the file</source>
        <translation>ファイルに XML 要素がありません</translation>
    </message>
    <message>
        <source>expected an &lt;%1&gt; document, got &lt;%2&gt;</source>
        <translation>&lt;%1&gt; 文書が必要ですが &lt;%2&gt; でした</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ConformDialog</name>
    <message>
        <source>Conform to %1</source>
        <translation>%1 に合わせる</translation>
    </message>
    <message>
        <source>&amp;Fit shot lengths to the cut (whole seconds; a length the provider may not make)</source>
        <translation>ショットの長さを編集に合わせる(&amp;F)（秒単位。プロバイダーが生成できない長さになることがあります）</translation>
    </message>
    <message>
        <source>&amp;Changes (uncheck one to leave it out):</source>
        <translation>変更(&amp;C)（チェックを外すと適用しません）：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>Clips not matched</source>
        <translation>照合できなかったクリップ</translation>
    </message>
    <message>
        <source>Save &amp;Report...</source>
        <translation>レポートを保存(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Save Conform Report</source>
        <translation>コンフォームレポートを保存</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>テキスト (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>%1 (%2, %3 fps): %4 of %5 clips are shots of this project.</source>
        <translation>%1（%2、%3 fps）：%5 クリップ中 %4 クリップが本プロジェクトのショットです。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Bring in clips from elsewhere as new shots (%n)</source>
        <translation>
            <numerusform>ほかのクリップを新しいショットとして取り込む(&amp;B)（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan already matches the cut.</source>
        <translation>計画はすでに編集と一致しています。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1「%2」：%3</translation>
    </message>
    <message numerus="yes">
        <source>Clips &amp;not matched (%n):</source>
        <translation>
            <numerusform>照合できなかったクリップ(&amp;N)（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is read-only: save a copy to conform it.</source>
        <translation>プロジェクトは読み取り専用です。コピーを保存してから合わせてください。</translation>
    </message>
    <message>
        <source>Conform to Edit</source>
        <translation>編集に合わせる</translation>
    </message>
    <message>
        <source>Edit lists (*.otio *.edl *.mlt *.kdenlive *.xml);;All files (*)</source>
        <translation>編集リスト (*.otio *.edl *.mlt *.kdenlive *.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>ShotBrief cannot read this edit list; nothing was changed.

%1</source>
        <translation>ShotBrief はこの編集リストを読み込めません。何も変更していません。

%1</translation>
    </message>
    <message>
        <source>This edit list cannot be matched to the project; nothing was changed.

%1</source>
        <translation>この編集リストはプロジェクトと照合できません。何も変更していません。

%1</translation>
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
    <message>
        <source>ShotBrief emulator: a local server speaking the OpenAI Videos API (/v1/videos), Runway&apos;s task API (/v1/text_to_video, /v1/image_to_video, /v1/tasks), OpenRouter&apos;s Video Generation API (/api/v1/videos) and a local ComfyUI&apos;s API (/prompt, /history, /view ...) that renders placeholder clips with ffmpeg.</source>
        <translation>ShotBrief エミュレーター：OpenAI Videos API（/v1/videos）、Runway のタスク API（/v1/text_to_video、/v1/image_to_video、/v1/tasks）、OpenRouter の動画生成 API（/api/v1/videos）、ローカル ComfyUI の API（/prompt、/history、/view ...）に応答し、ffmpeg でプレースホルダークリップを描画するローカルサーバー。</translation>
    </message>
    <message>
        <source>A JSON file served as OpenRouter&apos;s model catalog (GET /api/v1/videos/models); default: the catalog shipped with ShotBrief.</source>
        <translation>OpenRouter のモデルカタログとして返す JSON ファイル（GET /api/v1/videos/models）。既定：ShotBrief 同梱のカタログ。</translation>
    </message>
    <message>
        <source>--openrouter-catalog: cannot read %1: %2</source>
        <translation>--openrouter-catalog：%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>64 MB を超えています</translation>
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
        <source>Every shot to export is cut from the edit: restore one to export it</source>
        <translation>書き出すショットがすべて編集から除外されています。書き出すには一つ以上を戻してください</translation>
    </message>
    <message>
        <source>Edit list (Final Cut Pro 7 XML: Premiere, Resolve)</source>
        <translation>編集リスト（Final Cut Pro 7 XML：Premiere、Resolve）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>アクション：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>メモ：%1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
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
    <message numerus="yes">
        <source>%n panel(s) a page</source>
        <translation>
            <numerusform>1 ページ %n コマ</numerusform>
        </translation>
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
    <name>ShotBrief::FileNotice</name>
    <message>
        <source>Finished export</source>
        <translation>書き出し完了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>%1 を開けるアプリケーションがありません。</translation>
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
    <name>ShotBrief::ForeignFile</name>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 画像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 画像</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 画像</translation>
    </message>
    <message>
        <source>a WAV sound file</source>
        <translation>WAV 音声ファイル</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>AVI 動画</translation>
    </message>
    <message>
        <source>a QuickTime movie</source>
        <translation>QuickTime ムービー</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>MP4 動画</translation>
    </message>
    <message>
        <source>a Matroska or WebM video</source>
        <translation>Matroska または WebM 動画</translation>
    </message>
    <message>
        <source>an MP3 sound file</source>
        <translation>MP3 音声ファイル</translation>
    </message>
    <message>
        <source>an Ogg media file</source>
        <translation>Ogg メディアファイル</translation>
    </message>
    <message>
        <source>a FLAC sound file</source>
        <translation>FLAC 音声ファイル</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>旧形式の Microsoft Office 文書</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文書</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip アーカイブ</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip アーカイブ</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR アーカイブ</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint プレゼンテーション</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>OpenDocument ファイル</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP アーカイブ</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>バイナリファイル</translation>
    </message>
    <message>
        <source>a Final Draft script</source>
        <translation>Final Draft の脚本</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>XML 文書</translation>
    </message>
    <message>
        <source>a Fountain screenplay</source>
        <translation>Fountain 形式の脚本</translation>
    </message>
    <message>
        <source>plain text, not a project&apos;s JSON</source>
        <translation>プロジェクトの JSON ではなく、ただのテキスト</translation>
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
    <message numerus="yes">
        <source>Generating with &quot;%1&quot;: %n new take(s), concurrency %2.</source>
        <translation>
            <numerusform>「%1」で生成中：新しいテイク %n 件、同時実行数 %2。</numerusform>
        </translation>
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
    <message>
        <source>Another server: the --profile&apos;s dialect there (e.g. --profile openrouter --base-url http://127.0.0.1:8080/api/v1), or without --profile an OpenAI-compatible one (e.g. http://127.0.0.1:8080/v1).</source>
        <translation>別のサーバー：そこで --profile の方式を使う（例：--profile openrouter --base-url http://127.0.0.1:8080/api/v1）。--profile がなければ OpenAI 互換サーバー（例：http://127.0.0.1:8080/v1）。</translation>
    </message>
    <message>
        <source>usage: shotbrief-cli generate FILE [--shots N,M|all] [--variants K] [--profile NAME] [--base-url URL] [--max-spend USD]</source>
        <translation>使い方：shotbrief-cli generate ファイル [--shots N,M|all] [--variants K] [--profile 名前] [--base-url URL] [--max-spend USD]</translation>
    </message>
    <message>
        <source>generate: unknown profile &quot;%1&quot;.</source>
        <translation>generate：不明なプロファイル「%1」です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 may have been paid for but its answer was lost; no new take is made for it. Check the provider&apos;s dashboard, then retry the take in the window if it was not.</source>
        <translation>%1 は課金済みの可能性がありますが、応答が失われました。新しいテイクは作りません。プロバイダーのダッシュボードを確認し、作られていなければウィンドウからテイクを再試行してください。</translation>
    </message>
    <message>
        <source>Fix these shots, or leave them out with --shots.</source>
        <translation>これらのショットを修正するか、--shots で除外してください。</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
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
        <source>Still reading the API key from the keychain.</source>
        <translation>まだキーチェーンから API キーを読み込んでいます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Generation finished.</source>
        <translation>生成が終わりました。</translation>
    </message>
    <message numerus="yes">
        <source>Generation finished: %n take(s) ready.</source>
        <translation>
            <numerusform>生成が終わりました：%n 件のテイクが完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generation finished: %n take(s) ready, %1 failed (%2). The Takes panel shows why.</source>
        <translation>
            <numerusform>生成が終わりました：%n 件が完成、%1 件が失敗（%2）。理由は「テイク」パネルに表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Generation starts the provider of the project (%1); without an API key the built-in emulator makes placeholder clips at no cost.</source>
        <translation>生成ではプロジェクトのプロバイダー（%1）を使います。API キーがなければ、内蔵エミュレーターが無料で仮のクリップを作ります。</translation>
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
        <source>The take to remix is gone or was never generated.</source>
        <translation>リミックス元のテイクは存在しないか、生成されていません。</translation>
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
        <source>Shot %1: cannot record what take %2 cost: %3</source>
        <translation>ショット %1：テイク %2 の実費を記録できません：%3</translation>
    </message>
    <message>
        <source>Shot %1: the provider charged %2 (estimated %3, %4).</source>
        <translation>ショット %1：プロバイダーの請求額は %2 です（見積もり %3、差額 %4）。</translation>
    </message>
    <message>
        <source>A deleted shot</source>
        <translation>削除されたショット</translation>
    </message>
    <message>
        <source>a take</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <source>preview strip</source>
        <translation>プレビューストリップ</translation>
    </message>
    <message>
        <source>%1: cannot record the spend of %2: %3</source>
        <translation>%1：%2 の費用を記録できません：%3</translation>
    </message>
    <message>
        <source>%1: %2 runs on provider &quot;%3&quot;; it is left alone.</source>
        <translation>%1：%2 はプロバイダー「%3」で実行中のため、そのままにします。</translation>
    </message>
    <message>
        <source>%1: the create request&apos;s outcome is unknown (%2); checking the provider&apos;s list before sending anything again.</source>
        <translation>%1：作成リクエストの結果が不明です（%2）。再送信する前にプロバイダーの一覧を確認します。</translation>
    </message>
    <message>
        <source>%1: %2 Trying again in %3 s.</source>
        <translation>%1：%2 %3 秒後に再試行します。</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 が失敗しました：%3</translation>
    </message>
    <message>
        <source>%1: cannot check the provider&apos;s list: %2</source>
        <translation>%1：プロバイダーの一覧を確認できません：%2</translation>
    </message>
    <message>
        <source>%1: the provider already made %2; it is not sent again.</source>
        <translation>%1：プロバイダーは %2 を作成済みです。再送信しません。</translation>
    </message>
    <message>
        <source>%1: cannot follow %2 at the provider: %3</source>
        <translation>%1：プロバイダーで %2 を追跡できません：%3</translation>
    </message>
    <message>
        <source>%1: %2 is ready.</source>
        <translation>%1：%2 が完成しました。</translation>
    </message>
    <message>
        <source>%1: %2 has no %3 (%4).</source>
        <translation>%1：%2 には%3がありません（%4）。</translation>
    </message>
    <message>
        <source>%1: cannot download the clip of %2: %3</source>
        <translation>%1：%2 のクリップをダウンロードできません：%3</translation>
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
    <name>ShotBrief::ImportCommand</name>
    <message>
        <source>Columns:
%1</source>
        <translation>列：
%1</translation>
    </message>
    <message>
        <source>Imports a screenplay (Fountain, Final Draft .fdx) or a shot list (CSV) as scenes, cast and shots fitted to the provider&apos;s clip lengths. With -o it writes a new project; with --into it re-imports a revised script into a project made from it: changed shots get the new text and a mark, new parts become new shots, cut parts are marked, and everything you made stays. Exit code 0: done; 2: bad arguments or a script or project that cannot be read (nothing is written).</source>
        <translation>脚本（Fountain、Final Draft .fdx）またはショットリスト（CSV）を、シーン・キャスト・ショットとして読み込み、プロバイダーのクリップ尺に合わせます。-o で新しいプロジェクトを書き出し、--into でそのプロジェクトに改稿を再読み込みします：変わったショットには新しい本文と印、新しい部分は新しいショット、削られた部分には印が付き、あなたの作業はすべて残ります。終了コード 0：完了、2：引数の誤り、または脚本やプロジェクトが読めない（何も書き込みません）。</translation>
    </message>
    <message>
        <source>A .fountain, .fdx or .csv file.</source>
        <translation>.fountain、.fdx、.csv のいずれかのファイル。</translation>
    </message>
    <message>
        <source>Write a new project here (never overwrites).</source>
        <translation>ここに新しいプロジェクトを書き出す（上書きはしない）。</translation>
    </message>
    <message>
        <source>Re-import into this project.</source>
        <translation>このプロジェクトに再読み込みする。</translation>
    </message>
    <message>
        <source>The new project&apos;s provider profile (default: the emulator); its lengths fit the shots.</source>
        <translation>新しいプロジェクトのプロバイダー設定（既定：エミュレーター）。ショットの尺はこれに合わせます。</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>設定フォルダーのものの代わりに使う providers.json。</translation>
    </message>
    <message>
        <source>With --into: report, write nothing.</source>
        <translation>--into と併用：報告のみで書き込まない。</translation>
    </message>
    <message>
        <source>Print the figures (and changes) as JSON.</source>
        <translation>集計（と変更点）を JSON で出力する。</translation>
    </message>
    <message>
        <source>import: expected one script file, got %1 arguments (see --help)</source>
        <translation>import：脚本ファイルを 1 つ指定してください（引数が %1 個あります。--help を参照）</translation>
    </message>
    <message>
        <source>import: give either -o OUT.shotbrief (a new project) or --into PROJECT.shotbrief (a re-import)</source>
        <translation>import：-o OUT.shotbrief（新規プロジェクト）か --into PROJECT.shotbrief（再読み込み）のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>import: --profile is for new projects; --into plans with the project&apos;s own provider</source>
        <translation>import：--profile は新規プロジェクト用です。--into はプロジェクト自身のプロバイダーで計画します</translation>
    </message>
    <message>
        <source>%1: the file exists; import never overwrites a project (use --into to re-import into it, or choose another name)</source>
        <translation>%1：ファイルがすでにあります。読み込みでプロジェクトを上書きすることはありません（--into で再読み込みするか、別の名前にしてください）</translation>
    </message>
    <message>
        <source>--profile: there is no provider profile &quot;%1&quot; (known: %2)</source>
        <translation>--profile：プロバイダープロファイル「%1」はありません（既知：%2）</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3: %4 scenes, %5 lines of dialogue, %6 cast, %7 shots (%8 of them parts of split shots), %9 s for %10
</source>
        <translation>%1（%2）-&gt; %3：%4 シーン、セリフ %5、キャスト %6 人、ショット %7（うち %8 は分割ショット）、計 %9 秒（%10 向け）
</translation>
    </message>
    <message>
        <source>--dry-run: %1 was not changed</source>
        <translation>--dry-run：%1 は変更していません</translation>
    </message>
    <message>
        <source>%1 already matches the script; nothing written</source>
        <translation>%1 はすでに脚本と一致しています。書き込みはしません</translation>
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
    <name>ShotBrief::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Type part of a name or a key (&quot;split&quot;, &quot;Ctrl+K&quot;)</source>
        <translation>名前やキーの一部を入力（「分割」「Ctrl+K」）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ト書き</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Previous or next shot (Shift extends the selection)</source>
        <translation>前または次のショット（Shift で選択を広げる）</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First or last shot</source>
        <translation>最初または最後のショット</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the shot in the inspector</source>
        <translation>インスペクターでショットを編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected shots</source>
        <translation>選択したショットを削除</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Insert a shot after the current one</source>
        <translation>現在のショットの後にショットを挿入</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>ズームイン・ズームアウト</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>ポインター位置を中心にズーム</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>再生・一時停止</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Play forward; again for 2x and 4x</source>
        <translation>順再生。もう一度押すと 2 倍速、4 倍速</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Play backward; again for 2x and 4x</source>
        <translation>逆再生。もう一度押すと 2 倍速、4 倍速</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Pause; hold K with J or L to step a frame</source>
        <translation>一時停止。K を押したまま J か L でコマ送り</translation>
    </message>
    <message>
        <source>Step one frame</source>
        <translation>1 コマ送る・戻す</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+← / Shift+→</translation>
    </message>
    <message>
        <source>Start of this shot or the previous one / end of this shot</source>
        <translation>このショットか前のショットの頭 / このショットの終わり</translation>
    </message>
    <message>
        <source>Start or end of the sequence</source>
        <translation>シーケンスの頭または終わり</translation>
    </message>
    <message>
        <source>I / O / X</source>
        <translation>I / O / X</translation>
    </message>
    <message>
        <source>Set loop in, set loop out, clear the loop</source>
        <translation>ループのイン点を設定・アウト点を設定・ループを解除</translation>
    </message>
    <message>
        <source>Compare Takes</source>
        <translation>テイクを比較</translation>
    </message>
    <message>
        <source>1-4</source>
        <translation>1-4</translation>
    </message>
    <message>
        <source>Circle take 1 to 4</source>
        <translation>テイク 1〜4 を OKテイクにする</translation>
    </message>
    <message>
        <source>Play or pause all takes</source>
        <translation>すべてのテイクを再生・一時停止</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>A/B wipe on or off</source>
        <translation>A/B ワイプのオン・オフ</translation>
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
        <source>Action without count, end point or timing</source>
        <translation>回数・到達点・タイミングのない動作</translation>
    </message>
    <message>
        <source>Say how many steps, where the movement ends or when in the clip: &quot;takes four steps to the window, pauses, and pulls the curtain in the final second&quot;.</source>
        <translation>何歩か、どこで止まるか、クリップのどの瞬間かを書いてください：「窓まで四歩進み、立ち止まり、最後の一秒でカーテンを引く」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no count, no end point and no timing: the model decides how far and how long.</source>
        <translation>「%1」には回数も到達点もタイミングもありません。どこまで、どのくらいの時間かはモデル任せになります。</translation>
    </message>
    <message>
        <source>About %1 characters of dialogue in a %2-second clip; it holds about %3.</source>
        <translation>%2 秒のクリップにセリフが約 %1 文字あります。入るのは約 %3 文字です。</translation>
    </message>
    <message>
        <source>Cast member without an identity</source>
        <translation>キャラクター設定のないキャスト</translation>
    </message>
    <message>
        <source>Describe the character once in the Project panel (age, face, hair, clothes): the description goes into every prompt word for word and keeps the character the same from shot to shot.</source>
        <translation>「プロジェクト」パネルでキャラクターの見た目（年齢、顔立ち、髪型、衣装）を一度書いてください。その記述はすべてのプロンプトにそのまま入り、ショットをまたいで人物の見た目をそろえます。</translation>
    </message>
    <message>
        <source>Script changed</source>
        <translation>脚本に変更あり</translation>
    </message>
    <message>
        <source>The revised script gave this shot new action or dialogue; what it said before is in its notes. Check the shot, then clear the mark with Edit &gt; Accept Script Changes.</source>
        <translation>改稿でこのショットの動きやセリフが変わりました。以前の内容はメモにあります。ショットを確認してから「編集 &gt; 脚本の変更を確認済みにする」で印を消してください。</translation>
    </message>
    <message>
        <source>Cut from the script</source>
        <translation>脚本からカット</translation>
    </message>
    <message>
        <source>The revised script no longer has this shot&apos;s part. Delete the shot if it goes, or keep it and clear the mark with Edit &gt; Accept Script Changes.</source>
        <translation>改稿にはこのショットの部分がもうありません。不要ならショットを削除し、残すなら「編集 &gt; 脚本の変更を確認済みにする」で印を消してください。</translation>
    </message>
    <message>
        <source>%1 has no identity description yet.</source>
        <translation>%1 にはまだキャラクター設定がありません。</translation>
    </message>
    <message>
        <source>The script changed since this shot was made from it.</source>
        <translation>このショットを作ったあとで脚本が変わりました。</translation>
    </message>
    <message>
        <source>This shot&apos;s part of the script was cut.</source>
        <translation>脚本のこのショットの部分はカットされました。</translation>
    </message>
    <message>
        <source>Circled take is out of date</source>
        <translation>OKテイクが古くなっています</translation>
    </message>
    <message>
        <source>Generate the shot again so that its take matches the brief, or circle a take that does.</source>
        <translation>ブリーフに合うようショットを生成し直すか、合っているテイクを OK にしてください。</translation>
    </message>
    <message>
        <source>Name the lens and the look it gives: &quot;anamorphic 40mm, shallow focus, soft halation&quot; or &quot;handheld 16mm film, heavy grain&quot;.</source>
        <translation>レンズとその描写を書きます：「アナモルフィック 40mm、浅いピント、柔らかなハレーション」や「手持ちの 16mm フィルム、粗い粒子」。</translation>
    </message>
    <message>
        <source>Name the light&apos;s source, direction and quality: &quot;sodium vapour from above, hard shadows, neon fill from the left&quot;.</source>
        <translation>光源・方向・質を書きます：「上からのナトリウム灯、硬い影、左からのネオンの補助光」。</translation>
    </message>
    <message>
        <source>Use a camera term the crew would use: &quot;medium close-up, low angle, slow dolly in, shallow depth of field&quot;.</source>
        <translation>撮影現場の用語で書きます：「ミディアムクローズアップ、ローアングル、ゆっくりドリーイン、浅い被写界深度」。</translation>
    </message>
    <message numerus="yes">
        <source>The prompt names %1 colours (%2) from %n palette row(s); 3 to 5 anchor the look, one colour a row.</source>
        <translation>
            <numerusform>プロンプトは %n 行のパレットから %1 色（%2）を挙げています。画の色を決めるのは 3〜5 色で、1 行に 1 色です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Style bible: %1</source>
        <translation>スタイルバイブル：%1</translation>
    </message>
    <message>
        <source>Project default: %1</source>
        <translation>プロジェクトの既定：%1</translation>
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
        <source>Export Review &amp;Package...</source>
        <translation>レビューパッケージを書き出し(&amp;P)...</translation>
    </message>
    <message>
        <source>Write a folder the team opens in a browser to approve or comment on each shot</source>
        <translation>チームがブラウザで開き、各ショットを承認したりコメントしたりできるフォルダーを書き出します</translation>
    </message>
    <message>
        <source>&amp;Import Review...</source>
        <translation>レビューを取り込む(&amp;I)...</translation>
    </message>
    <message>
        <source>Bring the reviewers&apos; feedback files into the project</source>
        <translation>レビュアーのフィードバックファイルをプロジェクトに取り込みます</translation>
    </message>
    <message>
        <source>Conform to &amp;Edit...</source>
        <translation>編集に合わせる(&amp;E)...</translation>
    </message>
    <message>
        <source>Conformed to the edit: one step to undo</source>
        <translation>編集に合わせました。1 回の取り消しで元に戻せます</translation>
    </message>
    <message>
        <source>Mark as &amp;Cut</source>
        <translation>編集から除外(&amp;C)</translation>
    </message>
    <message>
        <source>Shift+E</source>
        <translation>Shift+E</translation>
    </message>
    <message>
        <source>Res&amp;tore to Edit</source>
        <translation>編集に戻す(&amp;T)</translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation>レビューを取り込む</translation>
    </message>
    <message>
        <source>Review feedback (*.json);;All files (*)</source>
        <translation>レビューのフィードバック (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Not Sent</source>
        <translation>送信していません</translation>
    </message>
    <message>
        <source>Free on the built-in emulator (would cost $%1 at %2).</source>
        <translation>内蔵エミュレーターでは無料（%2 では $%1 相当）。</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) will not be sent: the provider would refuse them.</source>
        <translation>
            <numerusform>%n 件のショットは送信しません：プロバイダーが拒否します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate %n Shot(s)</source>
        <translation>
            <numerusform>%n 件のショットを生成</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1：無料</translation>
    </message>
    <message>
        <source>%1: no price</source>
        <translation>%1：価格なし</translation>
    </message>
    <message>
        <source>%1: free (would cost %2 on %3)</source>
        <translation>%1：無料（%3 では %2 相当）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Project: free on the emulator (would cost %1)</source>
        <translation>プロジェクト：エミュレーターでは無料（%1 相当）</translation>
    </message>
    <message>
        <source>The built-in emulator makes placeholder clips at no cost. What they would cost is estimated from the price table &quot;%1&quot; (%2).</source>
        <translation>内蔵エミュレーターは仮のクリップを無料で作ります。実際の費用は価格表「%1」（%2）から見積もっています。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1（保存先：%2）</translation>
    </message>
    <message>
        <source>Exported the animatic %1</source>
        <translation>アニマティック %1 を書き出しました</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>コンテ(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Board &amp;Grid</source>
        <translation>コンテ一覧(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>サンプルプロジェクトを開く(&amp;S)</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>サンプルプロジェクトを開く</translation>
    </message>
    <message>
        <source>Cannot copy the sample project to %1: check that the folder can be written.</source>
        <translation>サンプルプロジェクトを %1 にコピーできません。フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The sample project: your own copy, in %1</source>
        <translation>サンプルプロジェクト：あなた用のコピーです（%1）</translation>
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
    <name>ShotBrief::ModelCatalog</name>
    <message>
        <source>The model catalog is %1 MB, more than the %2 MB a catalog may have; it was not read.</source>
        <translation>モデルカタログが %1 MB あり、上限の %2 MB を超えるため読み込みませんでした。</translation>
    </message>
    <message>
        <source>The model catalog is a web page, not JSON: is the base URL the provider&apos;s API?</source>
        <translation>モデルカタログが JSON ではなく Web ページです。ベース URL はプロバイダーの API ですか？</translation>
    </message>
    <message>
        <source>The model catalog is not JSON: %1 at byte %2.</source>
        <translation>モデルカタログが JSON ではありません：%2 バイト目で %1。</translation>
    </message>
    <message>
        <source>Expected an object with a &quot;data&quot; array of models.</source>
        <translation>モデルの配列「data」を持つオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>Expected a clip length in whole seconds from 1 to %1, got %2.</source>
        <translation>1〜%1 の整数秒のクリップ長が必要ですが、%2 でした。</translation>
    </message>
    <message>
        <source>The catalog lists no models.</source>
        <translation>カタログにモデルがありません。</translation>
    </message>
    <message>
        <source>A model has no id.</source>
        <translation>ID のないモデルがあります。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is listed twice.</source>
        <translation>モデル「%1」が 2 回記載されています。</translation>
    </message>
    <message>
        <source>%1: the catalog gives no clip lengths; left out.</source>
        <translation>%1：カタログにクリップ長がないため除外しました。</translation>
    </message>
    <message>
        <source>%1: the catalog gives no picture size ShotBrief knows; left out.</source>
        <translation>%1：カタログに ShotBrief が扱える画面サイズがないため除外しました。</translation>
    </message>
    <message>
        <source>No model of the catalog can be planned with: %1</source>
        <translation>カタログに計画に使えるモデルがありません：%1</translation>
    </message>
    <message>
        <source>A model has no name.</source>
        <translation>名前のないモデルがあります。</translation>
    </message>
    <message>
        <source>%1: the gateway does not say its clip lengths and sizes; it plans with those of %2 until you edit them.</source>
        <translation>%1：ゲートウェイがクリップ長とサイズを示さないため、編集するまでは %2 のものを使って計画します。</translation>
    </message>
    <message>
        <source>The gateway lists no video generation models (model_info.mode &quot;video_generation&quot;).</source>
        <translation>ゲートウェイに動画生成モデル（model_info.mode が「video_generation」）がありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ModelCatalogRefresh</name>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%n new (%1)</source>
        <translation>
            <numerusform>新規 %n 件（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (%1)</source>
        <translation>
            <numerusform>削除 %n 件（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed (%1)</source>
        <translation>
            <numerusform>変更 %n 件（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::ModelsCommand</name>
    <message>
        <source>first frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>最後のフレーム</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>参照画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>text only</source>
        <translation>テキストのみ</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>料金なし</translation>
    </message>
    <message>
        <source>typed in the profile</source>
        <translation>プロファイルに手入力</translation>
    </message>
    <message>
        <source>catalog as shipped with ShotBrief, never refreshed</source>
        <translation>ShotBrief 同梱のカタログ（未更新）</translation>
    </message>
    <message>
        <source>catalog refreshed %1</source>
        <translation>カタログ更新：%1</translation>
    </message>
    <message>
        <source>Lists the models a provider profile offers, as ShotBrief plans with them; --refresh reads them from the provider&apos;s catalog first and keeps them in providers.json.</source>
        <translation>プロバイダープロファイルが提供するモデル（ShotBrief が計画に使うもの）を一覧表示します。--refresh を付けると先にプロバイダーのカタログから読み込み、providers.json に保存します。</translation>
    </message>
    <message>
        <source>A .shotbrief project: its provider is the default profile.</source>
        <translation>.shotbrief プロジェクト：そのプロバイダーを既定のプロファイルにします。</translation>
    </message>
    <message>
        <source>The provider profile.</source>
        <translation>プロバイダープロファイル。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Read the provider&apos;s catalog now (OpenRouter, a LiteLLM gateway, ComfyUI&apos;s workflows) and keep it for planning offline.</source>
        <translation>プロバイダーのカタログ（OpenRouter、LiteLLM ゲートウェイ、ComfyUI のワークフロー）を今すぐ読み込み、オフラインでの計画用に保存します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Read the catalog from this server instead.</source>
        <translation>代わりにこのサーバーからカタログを読み込みます。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
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
        <source>usage: shotbrief-cli models (--profile NAME | FILE) [--refresh] [--json] [--base-url URL]</source>
        <translation>使い方：shotbrief-cli models (--profile 名前 | ファイル) [--refresh] [--json] [--base-url URL]</translation>
    </message>
    <message>
        <source>models: unknown profile &quot;%1&quot; (known: %2).</source>
        <translation>models：不明なプロファイル「%1」です（既知：%2）。</translation>
    </message>
    <message>
        <source>models: cannot refresh &quot;%1&quot;: %2</source>
        <translation>models：「%1」を更新できません：%2</translation>
    </message>
    <message>
        <source>The models below are the last good ones (%1).</source>
        <translation>以下は最後に正常に取得したモデルです（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed &quot;%1&quot;: %n model(s); %2. Kept in %3.</source>
        <translation>
            <numerusform>「%1」を更新しました：モデル %n 件、%2。%3 に保存しました。</numerusform>
        </translation>
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
        <source>Invalid &apos;input_reference&apos;: the ShotBrief emulator works offline and accepts only data: URLs or file parts.</source>
        <translation>&apos;input_reference&apos; が無効です：ShotBrief エミュレーターはオフラインで動作し、data: URL かファイルパートのみ受け付けます。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: bad base64 data.</source>
        <translation>&apos;input_reference&apos; が無効です：base64 データが不正です。</translation>
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
</context>
<context>
    <name>ShotBrief::OpenAiVideoProvider</name>
    <message>
        <source>larger than 50 MB</source>
        <translation>50 MB を超えています</translation>
    </message>
    <message>
        <source>Cannot read the first frame %1: %2</source>
        <translation>最初のフレーム %1 を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenRouterRoutes</name>
    <message>
        <source>Rate limit exceeded (injected by the ShotBrief emulator).</source>
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
        <source>No auth credentials found: send Authorization: Bearer &lt;OPENROUTER_API_KEY&gt;.</source>
        <translation>認証情報がありません：Authorization: Bearer &lt;OPENROUTER_API_KEY&gt; を送ってください。</translation>
    </message>
    <message>
        <source>User not found.</source>
        <translation>ユーザーが見つかりません。</translation>
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
        <source>model is required.</source>
        <translation>model は必須です。</translation>
    </message>
    <message>
        <source>%1 is not a valid video model ID.</source>
        <translation>%1 は有効な動画モデル ID ではありません。</translation>
    </message>
    <message>
        <source>prompt must be a string.</source>
        <translation>prompt は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>A prompt or a frame image is required.</source>
        <translation>プロンプトかフレーム画像が必要です。</translation>
    </message>
    <message>
        <source>prompt must be at most %1 characters.</source>
        <translation>prompt は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>duration must be a whole number of seconds.</source>
        <translation>duration は整数の秒数でなければなりません。</translation>
    </message>
    <message>
        <source>Unsupported duration %1 for %2; supported: %3.</source>
        <translation>%2 は長さ %1 に対応していません。対応：%3。</translation>
    </message>
    <message>
        <source>Unsupported size %1 for %2; supported: %3.</source>
        <translation>%2 はサイズ %1 に対応していません。対応：%3。</translation>
    </message>
    <message>
        <source>none (use resolution and aspect_ratio)</source>
        <translation>なし（resolution と aspect_ratio を使ってください）</translation>
    </message>
    <message>
        <source>%1 takes a size (%2), not a resolution or aspect ratio.</source>
        <translation>%1 はサイズ（%2）を受け付けます。解像度やアスペクト比ではありません。</translation>
    </message>
    <message>
        <source>The model %1 lists no output format.</source>
        <translation>モデル %1 に出力形式の記載がありません。</translation>
    </message>
    <message>
        <source>Unsupported resolution %1 for %2; supported: %3.</source>
        <translation>%2 は解像度 %1 に対応していません。対応：%3。</translation>
    </message>
    <message>
        <source>Unsupported aspect_ratio %1 for %2; supported: %3.</source>
        <translation>%2 はアスペクト比 %1 に対応していません。対応：%3。</translation>
    </message>
    <message>
        <source>Unsupported resolution %1 or aspect_ratio %2.</source>
        <translation>解像度 %1 またはアスペクト比 %2 に対応していません。</translation>
    </message>
    <message>
        <source>seed must be an integer.</source>
        <translation>seed は整数でなければなりません。</translation>
    </message>
    <message>
        <source>generate_audio must be true or false.</source>
        <translation>generate_audio は true か false でなければなりません。</translation>
    </message>
    <message>
        <source>type must be &quot;image_url&quot;.</source>
        <translation>type は「image_url」でなければなりません。</translation>
    </message>
    <message>
        <source>image_url.url must be an https URL or a data URL.</source>
        <translation>image_url.url は https URL か data URL でなければなりません。</translation>
    </message>
    <message>
        <source>the image is larger than 20 MB.</source>
        <translation>画像が 20 MB を超えています。</translation>
    </message>
    <message>
        <source>not a base64 JPEG, PNG or WebP data URL.</source>
        <translation>base64 の JPEG、PNG、WebP の data URL ではありません。</translation>
    </message>
    <message>
        <source>%1 does not accept the frame_type &quot;%2&quot; (accepted: %3).</source>
        <translation>%1 は frame_type「%2」を受け付けません（受け付けるもの：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Only one %1 is allowed.</source>
        <translation>%1 は 1 つだけです。</translation>
    </message>
    <message>
        <source>At most %1 input_references are allowed.</source>
        <translation>input_references は最大 %1 個です。</translation>
    </message>
    <message>
        <source>Too many video generations running: %1 at once. Wait for one to finish.</source>
        <translation>実行中の動画生成が多すぎます（同時に %1 件まで）。いずれかが終わるまで待ってください。</translation>
    </message>
    <message>
        <source>The emulator could not store the image.</source>
        <translation>エミュレーターは画像を保存できませんでした。</translation>
    </message>
    <message>
        <source>Video generation job %1 not found.</source>
        <translation>動画生成ジョブ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The job has no output %1.</source>
        <translation>このジョブに出力 %1 はありません。</translation>
    </message>
    <message>
        <source>The output of job %1 has expired.</source>
        <translation>ジョブ %1 の出力は期限切れです。</translation>
    </message>
    <message>
        <source>Job %1 is not completed (status %2).</source>
        <translation>ジョブ %1 はまだ完了していません（状態 %2）。</translation>
    </message>
    <message>
        <source>The output of job %1 is missing.</source>
        <translation>ジョブ %1 の出力がありません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenRouterVideoProvider</name>
    <message>
        <source>The answer to the create request was lost: outcome unknown; check your OpenRouter activity page before retrying (OpenRouter cannot list video jobs, so ShotBrief does not send it again).</source>
        <translation>作成リクエストの応答が失われました。結果は不明です。再試行の前に OpenRouter のアクティビティページを確認してください（OpenRouter は動画ジョブを一覧できないため、ShotBrief は再送しません）。</translation>
    </message>
    <message>
        <source>Cannot send %1: not an image.</source>
        <translation>%1 を送信できません：画像ではありません。</translation>
    </message>
    <message>
        <source>Cannot send %1: %2</source>
        <translation>%1 を送信できません：%2</translation>
    </message>
    <message>
        <source>Cannot send %1: larger than %2 MB.</source>
        <translation>%1 を送信できません：%2 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 takes no pictures on OpenRouter: remove the shot&apos;s first frame, or choose a model that takes one.</source>
        <translation>%1 は OpenRouter で画像を受け付けません。ショットの最初のフレームを外すか、受け付けるモデルを選んでください。</translation>
    </message>
    <message>
        <source>OpenRouter&apos;s answer about the job is unreadable.</source>
        <translation>ジョブについての OpenRouter の応答を読み取れません。</translation>
    </message>
    <message>
        <source>OpenRouter reports job %1 completed but gives no video URL; the take stays in flight and is checked again.</source>
        <translation>OpenRouter はジョブ %1 の完了を報告しましたが、動画の URL がありません。テイクは処理中のまま、再度確認します。</translation>
    </message>
    <message>
        <source>OpenRouter did not report what job %1 cost; the ledger keeps the estimate.</source>
        <translation>OpenRouter はジョブ %1 の費用を報告しませんでした。支出記録には見積もりを残します。</translation>
    </message>
    <message>
        <source>OpenRouter reported a negative cost (%1) for job %2; ignored, the ledger keeps the estimate.</source>
        <translation>OpenRouter がジョブ %2 について負の費用（%1）を報告しました。無視し、支出記録には見積もりを残します。</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>ジョブはキャンセルされました。</translation>
    </message>
    <message>
        <source>OpenRouter gave no reason.</source>
        <translation>OpenRouter は理由を示しませんでした。</translation>
    </message>
    <message>
        <source>OpenRouter no longer has job %1: it expired.</source>
        <translation>OpenRouter にジョブ %1 はもうありません：期限切れです。</translation>
    </message>
    <message>
        <source>OpenRouter reports the unknown status &quot;%1&quot; for job %2.</source>
        <translation>OpenRouter がジョブ %2 について不明な状態「%1」を報告しました。</translation>
    </message>
    <message>
        <source>OpenRouter provides no %1.</source>
        <translation>OpenRouter は %1 を提供しません。</translation>
    </message>
    <message>
        <source>OpenRouter answered the download with %1 instead of a video; nothing was kept. The download is tried again the next time generation starts.</source>
        <translation>OpenRouter はダウンロードに動画ではなく %1 を返しました。何も保存していません。次に生成を開始したときにダウンロードを再試行します。</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>別のもの</translation>
    </message>
    <message>
        <source>OpenRouter has no remix: generate a new take instead.</source>
        <translation>OpenRouter にリミックスはありません。代わりに新しいテイクを生成してください。</translation>
    </message>
    <message>
        <source>OpenRouter cannot stop a job that has started; it finishes and is billed, and ShotBrief does not download it.</source>
        <translation>OpenRouter は開始したジョブを止められません。ジョブは完了して課金されますが、ShotBrief はダウンロードしません。</translation>
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
    <message>
        <source>Colour %1: choose its shade</source>
        <translation>色 %1：色味を選ぶ</translation>
    </message>
    <message>
        <source>Colour %1 name</source>
        <translation>色 %1 の名前</translation>
    </message>
    <message>
        <source>Remove colour %1</source>
        <translation>色 %1 を削除</translation>
    </message>
    <message>
        <source>Add a colour anchor (up to %1)</source>
        <translation>色のアンカーを追加（最大 %1 色）</translation>
    </message>
    <message>
        <source>A palette holds at most %1 colours: remove one to add another.</source>
        <translation>パレットは最大 %1 色です。追加するには 1 色削除してください。</translation>
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
        <source>The spend ledger has no entry for take %1.</source>
        <translation>支出記録にテイク %1 の項目がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n shots as cut</source>
        <translation>
            <numerusform>%n ショットを編集から除外</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n shots</source>
        <translation>
            <numerusform>%n ショットを編集に戻す</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder shots</source>
        <translation>ショットを並べ替え</translation>
    </message>
    <message>
        <source>The shot no longer exists.</source>
        <translation>このショットはもうありません。</translation>
    </message>
    <message>
        <source>Use board as first frame of %1</source>
        <translation>コンテを%1の最初のフレームに使う</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>%1を分割</translation>
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
        <source>expected &quot;&quot; (automatic), &quot;en&quot;, &quot;zh_CN&quot; or &quot;ja&quot;, got %1</source>
        <translation>「」（自動）、「en」、「zh_CN」または「ja」が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected &quot;&quot;, &quot;changed&quot; or &quot;cut&quot;, got %1</source>
        <translation>「」、「changed」、「cut」のいずれかが必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected one of generate, remix, extend, edit, import, got %1</source>
        <translation>generate、remix、extend、edit、import のいずれかが必要ですが %1 でした</translation>
    </message>
    <message>
        <source>expected &quot;approved&quot;, &quot;changes_requested&quot; or &quot;&quot;, got %1</source>
        <translation>&quot;approved&quot;、&quot;changes_requested&quot;、&quot;&quot; のいずれかが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>This is not a ShotBrief project: it looks like %1.</source>
        <translation>これは ShotBrief のプロジェクトではありません：%1のようです。</translation>
    </message>
    <message>
        <source>%1 is not a ShotBrief project: it looks like %2.</source>
        <translation>%1 は ShotBrief のプロジェクトではありません：%2のようです。</translation>
    </message>
    <message>
        <source>%1; the board is kept as it is and cannot be drawn on until its file is back</source>
        <translation>%1。コンテはそのまま保持され、ファイルが戻るまで描き込めません</translation>
    </message>
    <message>
        <source>could not save the board of %1: cannot create the folder</source>
        <translation>%1のコンテを保存できません：フォルダーを作成できません</translation>
    </message>
    <message>
        <source>could not save the board of %1: %2</source>
        <translation>%1のコンテを保存できません：%2</translation>
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
    <message>
        <source>Prompt language</source>
        <translation>プロンプトの言語</translation>
    </message>
    <message>
        <source>The language of the prompt&apos;s headings and camera terms. Automatic follows the language most of the brief is written in; your own words are never translated.</source>
        <translation>プロンプトの見出しとカメラ用語の言語です。「自動」ではブリーフの大半が書かれている言語に合わせます。あなた自身が書いた言葉は翻訳されません。</translation>
    </message>
    <message>
        <source>Prompt lang&amp;uage:</source>
        <translation>プロンプトの言語(&amp;U)：</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡体字中国語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <source>Remove the selected character</source>
        <translation>選択したキャラクターを削除</translation>
    </message>
    <message>
        <source>Remove the selected scene</source>
        <translation>選択したシーンを削除</translation>
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
    <message>
        <source>Generate &amp;Again</source>
        <translation>生成し直す(&amp;A)</translation>
    </message>
    <message>
        <source>The circled take was made from an older brief: generate a new take of the shot as it is now</source>
        <translation>OKテイクは古いブリーフから作られています：現在のショットの内容で新しいテイクを生成します</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>Finding in full</source>
        <translation>チェック結果の全文</translation>
    </message>
    <message>
        <source>Select a finding to read it in full.</source>
        <translation>チェック結果を選ぶと全文が表示されます。</translation>
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
        <source>Cast</source>
        <translation>キャスト</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
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
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>チェック</translation>
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
        <source>Model and size</source>
        <translation>モデルとサイズ</translation>
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
    <message>
        <source>prefers take %1</source>
        <translation>テイク %1 を希望</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>%1 s (%2 s in the cut)</source>
        <translation>%1 秒（編集では %2 秒）</translation>
    </message>
    <message>
        <source>circled</source>
        <translation>OKテイク</translation>
    </message>
    <message>
        <source>circled (%1)</source>
        <translation>OKテイク（%1）</translation>
    </message>
    <message>
        <source>not generated</source>
        <translation>未生成</translation>
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
    <message>
        <source>OpenRouter&apos;s API</source>
        <translation>OpenRouter の API</translation>
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
    <message>
        <source>What does not fit, and the fixes</source>
        <translation>合わない点と修正</translation>
    </message>
    <message>
        <source>Fix for %1</source>
        <translation>%1 の修正</translation>
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
    <name>ShotBrief::ProviderNames</name>
    <message>
        <source>Built-in emulator as %1</source>
        <translation>内蔵エミュレーター（%1 として）</translation>
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
        <source>There is no provider profile &quot;%1&quot;.</source>
        <translation>プロバイダープロファイル「%1」はありません。</translation>
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
        <source>Models from the &amp;gateway&apos;s catalog (a LiteLLM proxy&apos;s /model/info)</source>
        <translation>ゲートウェイのカタログからモデルを取得(&amp;G)（LiteLLM プロキシの /model/info）</translation>
    </message>
    <message>
        <source>Re&amp;fresh Models</source>
        <translation>モデルを更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the models, lengths, sizes, frames and prices the provider offers now from its catalog</source>
        <translation>プロバイダーが現在提供しているモデル、長さ、サイズ、フレーム対応、料金をカタログから読み込みます</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>モデルカタログ</translation>
    </message>
    <message>
        <source>Models typed in this profile.</source>
        <translation>モデルはこのプロファイルに手入力されています。</translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>as shipped with ShotBrief, never refreshed</source>
        <translation>ShotBrief 同梱のまま、未更新</translation>
    </message>
    <message>
        <source>Models from the provider&apos;s catalog, %1.</source>
        <translation>モデルはプロバイダーのカタログから（%1）。</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>%1 のカタログを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not refresh the models: %1 The models below are the last good ones.</source>
        <translation>モデルを更新できませんでした：%1 以下は最後に正常に取得したモデルです。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): %1.</source>
        <translation>
            <numerusform>モデル %n 件：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>As the provider lists it: %1</source>
        <translation>プロバイダーの価格表：%1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加ヘッダー</translation>
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
    <name>ShotBrief::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>保存されていない変更を復元</translation>
    </message>
    <message>
        <source>ShotBrief found changes to these projects that were not saved, newer than the files themselves: the application may have quit unexpectedly. Open one with its changes, or leave them for now (they are offered again when you open the project).</source>
        <translation>ShotBrief は、これらのプロジェクトにファイルより新しい未保存の変更を見つけました。アプリケーションが予期せず終了した可能性があります。変更を含めて 1 つを開くか、今はそのままにしてください（プロジェクトを開くと再度確認します）。</translation>
    </message>
    <message>
        <source>Projects with unsaved changes</source>
        <translation>未保存の変更があるプロジェクト</translation>
    </message>
    <message>
        <source>%1 — changes from %2</source>
        <translation>%1 — %2 の変更</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Review</name>
    <message>
        <source>approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>修正依頼</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>判断なし</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewBadge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>レビュー：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewExportDialog</name>
    <message>
        <source>Export Review Package</source>
        <translation>レビューパッケージを書き出し</translation>
    </message>
    <message>
        <source>A folder the production team opens in any browser, offline: they watch the sequence, approve each shot or ask for changes, and send you back a feedback file (File &gt; Import Review).</source>
        <translation>制作チームがどのブラウザでもオフラインで開けるフォルダーです。シーケンスを見て、各ショットを承認するか修正を依頼し、フィードバックファイルを送り返してもらいます（ファイル &gt; レビューを取り込む）。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>Pack into one .&amp;zip file (easier to send)</source>
        <translation>1 つの .zip ファイルにまとめる（送りやすい）(&amp;Z)</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>Circled &amp;takes: the sequence as it stands</source>
        <translation>OKテイク：現在のシーケンス(&amp;T)</translation>
    </message>
    <message>
        <source>All &amp;ready takes, side by side, so that reviewers can choose one</source>
        <translation>準備済みのすべてのテイクを並べて、レビュアーが選べるようにする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>Export Review Package Into</source>
        <translation>レビューパッケージの書き出し先</translation>
    </message>
    <message>
        <source>%1 shots, %2 clips (about %3), to %4</source>
        <translation>ショット %1、クリップ %2（約 %3）、書き出し先 %4</translation>
    </message>
    <message>
        <source>Choose a folder for the package.</source>
        <translation>パッケージのフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Writing the review package...</source>
        <translation>レビューパッケージを書き出し中...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Review package not written</source>
        <translation>レビューパッケージを書き出せませんでした</translation>
    </message>
    <message>
        <source>Review package written</source>
        <translation>レビューパッケージを書き出しました</translation>
    </message>
    <message>
        <source>%1 shots, %2 clips, %3.

Send it to the reviewers: they open index.html in a browser (from the folder, or from the unpacked zip), and send back the feedback file it saves.</source>
        <translation>ショット %1、クリップ %2、%3。

レビュアーに送ってください。ブラウザで index.html を開き（フォルダーから、または zip を展開して）、ページが保存したフィードバックファイルを送り返してもらいます。</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewFeedback</name>
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
        <source>the string &quot;%1&quot;</source>
        <translation>文字列「%1」</translation>
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
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>文字列が必要ですが %1 でした</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>expected a UTC time such as &quot;2026-09-24T18:30:00Z&quot;, got &quot;%1&quot;</source>
        <translation>「2026-09-24T18:30:00Z」のような UTC 時刻が必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>the file is %1 MB; review feedback files over %2 MB are refused</source>
        <translation>ファイルは %1 MB です。%2 MB を超えるフィードバックファイルは受け付けません</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>入れ子が %1 階層より深くなっています</translation>
    </message>
    <message>
        <source>a text longer than %1 characters</source>
        <translation>%1 文字を超えるテキスト</translation>
    </message>
    <message>
        <source>not a valid JSON file (is it the file the review page downloaded?)</source>
        <translation>有効な JSON ファイルではありません（レビューページでダウンロードしたファイルですか？）</translation>
    </message>
    <message>
        <source>this is not a ShotBrief review feedback file</source>
        <translation>ShotBrief のレビュー用フィードバックファイルではありません</translation>
    </message>
    <message>
        <source>this is not a ShotBrief review feedback file (the review page&apos;s &quot;Download feedback&quot; saves one)</source>
        <translation>ShotBrief のレビュー用フィードバックファイルではありません（レビューページの「フィードバックをダウンロード」で保存されます）</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more</source>
        <translation>1 以上の整数が必要です</translation>
    </message>
    <message>
        <source>written by a newer review package (feedback version %1; this version of ShotBrief reads up to %2)</source>
        <translation>新しいレビューパッケージで書かれています（フィードバックのバージョン %1。この ShotBrief が読めるのは %2 まで）</translation>
    </message>
    <message>
        <source>empty: who wrote this review?</source>
        <translation>空です：このレビューは誰が書きましたか？</translation>
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
        <source>more than %1 shots</source>
        <translation>ショットが %1 を超えています</translation>
    </message>
    <message>
        <source>expected &quot;approved&quot;, &quot;changes_requested&quot; or &quot;&quot;, got &quot;%1&quot;</source>
        <translation>&quot;approved&quot;、&quot;changes_requested&quot;、&quot;&quot; のいずれかが必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>expected a list of take ids</source>
        <translation>テイク ID のリストが必要です</translation>
    </message>
    <message>
        <source>expected a take id, got %1</source>
        <translation>テイク ID が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewImport</name>
    <message>
        <source>applied (%1)</source>
        <translation>適用しました（%1）</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>プロジェクトにあります</translation>
    </message>
    <message>
        <source>not applied: the project holds a newer review by %1</source>
        <translation>適用していません：プロジェクトには %1 のより新しいレビューがあります</translation>
    </message>
    <message>
        <source>not applied: the shot has changed since the package was made</source>
        <translation>適用していません：パッケージ作成後にショットが変更されています</translation>
    </message>
    <message>
        <source>not applied: the shot is not in this project</source>
        <translation>適用していません：このショットはプロジェクトにありません</translation>
    </message>
    <message>
        <source>%1: refused: none of its shots is in this project (it is %2&apos;s review of &quot;%3&quot;)</source>
        <translation>%1：受け付けません：このプロジェクトのショットが 1 つも含まれていません（%2 による「%3」のレビューです）</translation>
    </message>
    <message>
        <source>%1: shot %2, %3: %4</source>
        <translation>%1：ショット %2、%3：%4</translation>
    </message>
    <message>
        <source>Reviews applied: %1, skipped: %2; shots changed: %3.</source>
        <translation>適用したレビュー：%1、スキップ：%2、変更されたショット：%3。</translation>
    </message>
    <message>
        <source>the shot has changed since the package was made</source>
        <translation>パッケージ作成後にショットが変更されています</translation>
    </message>
    <message>
        <source>the preferred take is no longer in the project and was left out</source>
        <translation>選ばれたテイクはもうプロジェクトにないため、省きました</translation>
    </message>
    <message>
        <source>this one is from %1, the project&apos;s from %2</source>
        <translation>このレビューは %1、プロジェクトのものは %2</translation>
    </message>
    <message>
        <source>replaces %1&apos;s review of %2</source>
        <translation>%1 の %2 のレビューを置き換えます</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewImportDialog</name>
    <message>
        <source>Apply: %1</source>
        <translation>適用：%1</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>プロジェクトに反映済み</translation>
    </message>
    <message>
        <source>Skip: the project has a newer review by %1</source>
        <translation>スキップ：プロジェクトには %1 のより新しいレビューがあります</translation>
    </message>
    <message>
        <source>Skip: the shot changed since the package was made</source>
        <translation>スキップ：パッケージ作成後にショットが変更されています</translation>
    </message>
    <message>
        <source>Skip: the shot is not in this project</source>
        <translation>スキップ：このショットはプロジェクトにありません</translation>
    </message>
    <message>
        <source>Refused: none of its shots is in this project (&quot;%1&quot;)</source>
        <translation>受け付けません：このプロジェクトのショットが含まれていません（「%1」）</translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation>レビューを取り込む</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュアー</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reviews to import</source>
        <translation>取り込むレビュー</translation>
    </message>
    <message>
        <source>Also apply to shots that &amp;changed since the package was made</source>
        <translation>パッケージ作成後に変更されたショットにも適用する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>Files that could not be read are left out: %1.</source>
        <translation>読み込めなかったファイルは除外しました：%1 件。</translation>
    </message>
    <message>
        <source>The project is open read-only: nothing can be applied.</source>
        <translation>プロジェクトは読み取り専用で開いているため、何も適用できません。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewPackage</name>
    <message>
        <source>the folder to pack does not exist</source>
        <translation>まとめるフォルダーがありません</translation>
    </message>
    <message>
        <source>cannot create the archive: %1</source>
        <translation>アーカイブを作成できません：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>アーカイブを書き込めません：%1</translation>
    </message>
    <message>
        <source>cannot move the archive into place</source>
        <translation>アーカイブを所定の場所に移動できません</translation>
    </message>
    <message>
        <source>Shot %1: the clip of take %2 is missing (%3); it is not in the package</source>
        <translation>ショット %1：テイク %2 のクリップがありません（%3）。パッケージには含めません</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the package</source>
        <translation>%1 をパッケージにコピーできません</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read; it is not in the package</source>
        <translation>画像 %1 を読み込めないため、パッケージには含めません</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 は既にあり、フォルダーではありません</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a review package: choose a new or empty folder, so that nothing in it is lost</source>
        <translation>%1 は空ではなく、レビューパッケージでもありません。中身を失わないよう、新しいフォルダーか空のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>Cannot replace the earlier package in %1</source>
        <translation>%1 にある以前のパッケージを置き換えられません</translation>
    </message>
    <message>
        <source>Cannot move the package to %1</source>
        <translation>パッケージを %1 に移動できません</translation>
    </message>
    <message>
        <source>No output folder given</source>
        <translation>出力フォルダーが指定されていません</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive</source>
        <translation>%1 はフォルダーで、アーカイブではありません</translation>
    </message>
    <message>
        <source>No shots to review</source>
        <translation>レビューするショットがありません</translation>
    </message>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>%1 に作業フォルダーを作成できません：%2</translation>
    </message>
    <message>
        <source>%1 – review</source>
        <translation>%1 – レビュー</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewPage</name>
    <message>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Shown with your decisions</source>
        <translation>判断と一緒に表示されます</translation>
    </message>
    <message>
        <source>Enter your name at the top, so that the team knows whose decisions these are.</source>
        <translation>誰の判断かチームにわかるよう、上部にお名前を入力してください。</translation>
    </message>
    <message>
        <source>Download feedback</source>
        <translation>フィードバックをダウンロード</translation>
    </message>
    <message>
        <source>Saved %1 to your downloads. Send this file to whoever sent you the package.</source>
        <translation>%1 をダウンロードフォルダーに保存しました。このファイルを、パッケージを送ってくれた人に送ってください。</translation>
    </message>
    <message>
        <source>%1 of %2 shots reviewed</source>
        <translation>%2 ショット中 %1 をレビュー済み</translation>
    </message>
    <message>
        <source>%1 shots, %2, made %3</source>
        <translation>ショット %1、%2、作成 %3</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>再生（Space）</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止（Space）</translation>
    </message>
    <message>
        <source>Previous shot</source>
        <translation>前のショット</translation>
    </message>
    <message>
        <source>Next shot</source>
        <translation>次のショット</translation>
    </message>
    <message>
        <source>Keys: arrows move between shots, Space plays and pauses, A approves, C requests changes.</source>
        <translation>キー：矢印でショット間を移動、Space で再生／一時停止、A で承認、C で修正依頼。</translation>
    </message>
    <message>
        <source>Your decisions are kept in this browser until you download them.</source>
        <translation>判断はダウンロードするまでこのブラウザーに保存されます。</translation>
    </message>
    <message>
        <source>This browser does not keep your decisions: download the feedback before you close the page.</source>
        <translation>このブラウザーは判断を保存しません。ページを閉じる前にフィードバックをダウンロードしてください。</translation>
    </message>
    <message>
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>レンズ / スタイル</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>ライティング</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>ムード</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ト書き</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>%1 of shot %2</source>
        <translation>ショット %2 の%1</translation>
    </message>
    <message>
        <source>Circled</source>
        <translation>OKテイク</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>これを希望</translation>
    </message>
    <message>
        <source>Preferred take</source>
        <translation>希望テイク</translation>
    </message>
    <message>
        <source>Board of shot %1</source>
        <translation>ショット %1 の絵コンテ</translation>
    </message>
    <message>
        <source>Decision on shot %1</source>
        <translation>ショット %1 の判断</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>修正依頼</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>What should change, or what works</source>
        <translation>直してほしい点、良かった点</translation>
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
    <message>
        <source>Cannot send the first frame %1: %2</source>
        <translation>最初のフレーム %1 を送信できません：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptActions</name>
    <message>
        <source>Scripts (*.fountain *.spmd *.fdx *.csv *.tsv *.txt);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;Shot lists (*.csv *.tsv);;All files (*)</source>
        <translation>脚本 (*.fountain *.spmd *.fdx *.csv *.tsv *.txt);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;ショットリスト (*.csv *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import &amp;Script...</source>
        <translation>脚本を読み込む(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Scenes, cast and shots from a Fountain, Final Draft or shot-list file, fitted to the provider&apos;s lengths</source>
        <translation>Fountain、Final Draft、ショットリストのファイルから、プロバイダーの尺に合わせたシーン・キャスト・ショットを作ります</translation>
    </message>
    <message>
        <source>Import Script</source>
        <translation>脚本を読み込む</translation>
    </message>
    <message>
        <source>&amp;Update from Script...</source>
        <translation>脚本から更新(&amp;U)...</translation>
    </message>
    <message>
        <source>Bring a revised script into the shots made from it, keeping everything you made</source>
        <translation>改稿を、その脚本から作ったショットに反映します。あなたの作業はすべて残ります</translation>
    </message>
    <message>
        <source>Update from Script</source>
        <translation>脚本から更新</translation>
    </message>
    <message>
        <source>Fit &amp;Lengths to Content</source>
        <translation>内容に合わせて尺を調整(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Give the selected shots the shortest length that holds their dialogue and action; split those no length holds</source>
        <translation>選んだショットに、セリフと動きが収まる最短の尺を設定します。どの尺にも収まらないものは分割します</translation>
    </message>
    <message>
        <source>Accept Script &amp;Changes</source>
        <translation>脚本の変更を確認済みにする(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the &quot;script changed&quot; and &quot;cut from script&quot; marks of the selected shots</source>
        <translation>選んだショットの「脚本に変更あり」「脚本からカット」の印を消します</translation>
    </message>
    <message>
        <source>Import script %1</source>
        <translation>脚本 %1 を読み込む</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shot(s) from %1</source>
        <translation>
            <numerusform>%1 から %n ショットを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Update from script %1</source>
        <translation>脚本 %1 から更新</translation>
    </message>
    <message>
        <source>Updated from %1: %2 changed, %3 new, %4 cut</source>
        <translation>%1 から更新しました：変更 %2、新規 %3、カット %4</translation>
    </message>
    <message>
        <source>Fit lengths to content</source>
        <translation>内容に合わせて尺を調整</translation>
    </message>
    <message>
        <source>The selected shots already have the lengths their content needs</source>
        <translation>選んだショットはすでに内容に合った尺です</translation>
    </message>
    <message>
        <source>%1 shot(s) got a new length, %2 split</source>
        <translation>%1 ショットの尺を変え、%2 ショットを分割しました</translation>
    </message>
    <message>
        <source>Accept script changes</source>
        <translation>脚本の変更を確認済みにする</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptImport</name>
    <message>
        <source>paragraph at line %1: %2 characters shortened to %3</source>
        <translation>%1 行目の段落：%2 文字を %3 文字に短縮しました</translation>
    </message>
    <message>
        <source>the file declares entities in a DTD; Final Draft files have none, and they are not read</source>
        <translation>ファイルが DTD で実体を宣言しています。Final Draft のファイルにはないもので、読み込みません</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined</source>
        <translation>実体 &amp;%1; が定義されていません</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>要素の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>this is not a Final Draft script: its root element is &lt;%1&gt;, not &lt;FinalDraft&gt;</source>
        <translation>Final Draft の脚本ではありません：ルート要素が &lt;FinalDraft&gt; ではなく &lt;%1&gt; です</translation>
    </message>
    <message>
        <source>Final Draft document type &quot;%1&quot; read as a script</source>
        <translation>Final Draft の文書タイプ「%1」を脚本として読み込みました</translation>
    </message>
    <message>
        <source>the file ends in the middle of the XML (is it truncated?)</source>
        <translation>ファイルが XML の途中で終わっています（途切れていませんか？）</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML の形式が正しくありません：%1</translation>
    </message>
    <message>
        <source>paragraphs of type &quot;%1&quot; read as action</source>
        <translation>種類「%1」の段落をト書きとして読み込みました</translation>
    </message>
    <message numerus="yes">
        <source>%n omitted scene(s) skipped</source>
        <translation>
            <numerusform>欠番シーン %n 件を飛ばしました</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;/*&quot; without &quot;*/&quot;: read as text</source>
        <translation>%1 行目：「/*」に対応する「*/」がないため、本文として読み込みました</translation>
    </message>
    <message>
        <source>line %1: a paragraph of %2 characters was shortened to %3</source>
        <translation>%1 行目：%2 文字の段落を %3 文字に短縮しました</translation>
    </message>
    <message>
        <source>Fountain</source>
        <translation>Fountain</translation>
    </message>
    <message>
        <source>Final Draft</source>
        <translation>Final Draft</translation>
    </message>
    <message>
        <source>Shot list (CSV)</source>
        <translation>ショットリスト（CSV）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>this is a folder, not a script</source>
        <translation>これはフォルダーで、脚本ではありません</translation>
    </message>
    <message>
        <source>the file is %1 MB; scripts over %2 MB are not read</source>
        <translation>ファイルは %1 MB です。%2 MB を超える脚本は読み込みません</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>the file is over %1 MB; scripts that large are not read</source>
        <translation>ファイルが %1 MB を超えています。そこまで大きな脚本は読み込みません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file holds binary data, not a script</source>
        <translation>ファイルはバイナリデータで、脚本ではありません</translation>
    </message>
    <message>
        <source>the script has no scene, action or dialogue to import</source>
        <translation>脚本に読み込めるシーン、ト書き、セリフがありません</translation>
    </message>
    <message>
        <source>the script is larger than ShotBrief plans at once (more than %1 scenes or %2 paragraphs); import it in parts</source>
        <translation>脚本が ShotBrief で一度に計画できる量を超えています（%1 シーンまたは %2 段落を超過）。分けて読み込んでください</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>オープニング</translation>
    </message>
    <message>
        <source>Establishing shot: the script has no action or dialogue under this heading.</source>
        <translation>状況説明ショット：脚本のこの柱の下にはト書きもセリフもありません。</translation>
    </message>
    <message>
        <source>shot %1 needs %2 s; the longest clip is %3 s (one sentence cannot be split)</source>
        <translation>ショット %1 には %2 秒必要ですが、最長のクリップは %3 秒です（1 文は分割できません）</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>シーン %1</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>ショットリスト</translation>
    </message>
    <message>
        <source>line %1: the length &quot;%2&quot; is not a number of seconds; the shot is fitted to its content</source>
        <translation>%1 行目：尺「%2」が秒数になっていません。ショットは内容に合わせて尺を決めます</translation>
    </message>
    <message>
        <source>shot %1 needs %2 s; the longest clip is %3 s</source>
        <translation>ショット %1 には %2 秒必要ですが、最長のクリップは %3 秒です</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>this is a PDF; export the script from your screenwriting app as Fountain or Final Draft (.fdx)</source>
        <translation>これは PDF です。脚本ソフトから Fountain か Final Draft（.fdx）で書き出してください</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a script; export it as Fountain, Final Draft (.fdx) or CSV</source>
        <translation>これは圧縮ファイルで、脚本ではありません。Fountain、Final Draft（.fdx）、CSV のいずれかで書き出してください</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>ファイルが正しい UTF-16 ではありません</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the script as UTF-8</source>
        <translation>不正な UTF-8 です（バイト 0x%1）。脚本を UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>%1 unchanged, %2 changed, %3 new, %4 cut from the script, %5 back in the script.</source>
        <translation>変更なし %1、変更 %2、新規 %3、脚本からカット %4、脚本に復帰 %5。</translation>
    </message>
    <message>
        <source>New scene: %1</source>
        <translation>新しいシーン：%1</translation>
    </message>
    <message>
        <source>Scene heading changed: %1</source>
        <translation>柱が変わりました：%1</translation>
    </message>
    <message>
        <source>Shot %1 (%2): script changed; now &quot;%3&quot;, was &quot;%4&quot;.</source>
        <translation>ショット %1（%2）：脚本に変更あり。現在「%3」、以前「%4」。</translation>
    </message>
    <message>
        <source>It now needs %1 s and is %2 s: Fit Lengths to Content.</source>
        <translation>現在 %1 秒必要ですが、尺は %2 秒です。「内容に合わせて尺を調整」を使ってください。</translation>
    </message>
    <message>
        <source>New shot %1 (%2), %3 s: &quot;%4&quot;.</source>
        <translation>新しいショット %1（%2）、%3 秒：「%4」。</translation>
    </message>
    <message>
        <source>Shot %1 (%2): cut from the script; kept and marked, delete it yourself if it goes.</source>
        <translation>ショット %1（%2）：脚本からカットされました。ショットは印を付けて残してあります。不要なら自分で削除してください。</translation>
    </message>
    <message>
        <source>Shot %1 (%2): back in the script; the cut mark is cleared.</source>
        <translation>ショット %1（%2）：脚本に復帰しました。カットの印を消しました。</translation>
    </message>
    <message>
        <source>New cast member: %1 (describe their look in the Project panel).</source>
        <translation>新しいキャスト：%1（「プロジェクト」パネルで見た目を書いてください）。</translation>
    </message>
    <message>
        <source>The project has no shots from a script yet: every part of the script is new.</source>
        <translation>プロジェクトにはまだ脚本から作ったショットがありません。脚本のすべての部分が新規になります。</translation>
    </message>
    <message>
        <source>Script changed. The shot was:</source>
        <translation>脚本に変更あり。以前のショット：</translation>
    </message>
    <message>
        <source>Notes (as &quot;column: value&quot;)</source>
        <translation>メモ（「列：値」として）</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Shot label</source>
        <translation>ショット番号</translation>
    </message>
    <message>
        <source>Action beats</source>
        <translation>アクションビート</translation>
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
        <source>Camera movement</source>
        <translation>カメラワーク</translation>
    </message>
    <message>
        <source>Depth of field</source>
        <translation>被写界深度</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>レンズ / スタイル</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>ライティング</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>ムード</translation>
    </message>
    <message>
        <source>Scene prose (location)</source>
        <translation>シーン描写（場所）</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>尺</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>キャスト</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>%1 列を超えています</translation>
    </message>
    <message>
        <source>more than %1 rows; import the shot list in parts</source>
        <translation>%1 行を超えています。ショットリストを分けて読み込んでください</translation>
    </message>
    <message>
        <source>a quoted field is not closed (is the file truncated?)</source>
        <translation>引用符で囲んだ項目が閉じていません（ファイルが途切れていませんか？）</translation>
    </message>
    <message>
        <source>the first row is not a shot list header: expected columns such as Scene, Shot, Description, Size, Angle, Movement, Duration, Dialogue, Characters, Notes</source>
        <translation>1 行目がショットリストの見出しではありません：Scene、Shot、Description、Size、Angle、Movement、Duration、Dialogue、Characters、Notes などの列（または日本語・中国語の列名）が必要です</translation>
    </message>
    <message>
        <source>line %1: a cell of %2 characters was shortened to %3</source>
        <translation>%1 行目：%2 文字のセルを %3 文字に短縮しました</translation>
    </message>
    <message>
        <source>line %1: %2 cells, the header has %3; the extra cells go to the notes</source>
        <translation>%1 行目：セルが %2 個ありますが、見出しは %3 列です。余ったセルはメモに入れます</translation>
    </message>
    <message>
        <source>the shot list has a header but no shots</source>
        <translation>ショットリストに見出しはありますが、ショットがありません</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptImportDialog</name>
    <message>
        <source>%1-%2 s</source>
        <translation>%1〜%2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Import Script</source>
        <translation>脚本を読み込む</translation>
    </message>
    <message>
        <source>%1 (%2): %3 scenes, %4 lines of dialogue, %5 cast (%6 new), %7 shots (%8 of them parts of split shots), %9 in all, fitted to the lengths %10 makes (%11).</source>
        <translation>%1（%2）：%3 シーン、セリフ %4、キャスト %5 人（うち新規 %6 人）、ショット %7（うち %8 は分割ショット）、合計 %9。%10 が作れる尺（%11）に合わせています。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>読み込みの警告</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>読み込みのプレビュー</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Length (s)</source>
        <translation>尺（秒）</translation>
    </message>
    <message>
        <source>Content (s)</source>
        <translation>内容（秒）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ト書き</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Shots (%1)</source>
        <translation>ショット（%1）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>柱</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>尺</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Scenes (%1)</source>
        <translation>シーン（%1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>In the project</source>
        <translation>プロジェクト内</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>キャスト</translation>
    </message>
    <message>
        <source>new: describe their look in the Project panel</source>
        <translation>新規：「プロジェクト」パネルで見た目を書いてください</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>プロジェクトにあります</translation>
    </message>
    <message>
        <source>Cast (%1)</source>
        <translation>キャスト（%1）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>入る項目</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>列（%1）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>読み込む(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptUpdateDialog</name>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Script changed</source>
        <translation>脚本に変更あり</translation>
    </message>
    <message>
        <source>New shot</source>
        <translation>新しいショット</translation>
    </message>
    <message>
        <source>Cut from script</source>
        <translation>脚本からカット</translation>
    </message>
    <message>
        <source>Back in script</source>
        <translation>脚本に復帰</translation>
    </message>
    <message>
        <source>Update from Script</source>
        <translation>脚本から更新</translation>
    </message>
    <message>
        <source>The project already matches %1: nothing to update.</source>
        <translation>プロジェクトはすでに %1 と一致しています。更新するものはありません。</translation>
    </message>
    <message>
        <source>%1 against the project: %2 shots changed, %3 new, %4 cut from the script, %5 back in it; %6 unchanged. Nothing you made is removed: camera, light, palette, takes, notes and the order of the shots stay; changed shots keep what they said in their notes.</source>
        <translation>%1 とプロジェクトの比較：変更 %2、新規 %3、脚本からカット %4、脚本に復帰 %5、変更なし %6。あなたの作業は何も消えません：カメラ、ライティング、パレット、テイク、メモ、ショットの順番はそのまま残り、変わったショットは以前の内容をメモに残します。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>Script now</source>
        <translation>現在の脚本</translation>
    </message>
    <message>
        <source>Script before</source>
        <translation>以前の脚本</translation>
    </message>
    <message>
        <source> (needs %1 s, is %2 s)</source>
        <translation>（必要 %1 秒、現在 %2 秒）</translation>
    </message>
    <message>
        <source>New scene: %1</source>
        <translation>新しいシーン：%1</translation>
    </message>
    <message>
        <source>Scene heading changed: %1</source>
        <translation>柱が変わりました：%1</translation>
    </message>
    <message>
        <source>New cast member: %1</source>
        <translation>新しいキャスト：%1</translation>
    </message>
    <message>
        <source>Scenes, cast and warnings</source>
        <translation>シーン、キャスト、警告</translation>
    </message>
    <message>
        <source>&amp;Apply Update</source>
        <translation>更新を適用(&amp;A)</translation>
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
        <source>(no prompt)</source>
        <translation>（プロンプトなし）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 件中 %2 件目）</translation>
    </message>
    <message>
        <source>Prompt of the shot</source>
        <translation>ショットのプロンプト</translation>
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
    <message>
        <source>A recovery copy is written a few seconds after you stop editing, and at the latest this often while you keep editing.</source>
        <translation>編集を止めて数秒後に復元用コピーを書き込みます。編集を続けている間も、遅くともこの間隔で書き込みます。</translation>
    </message>
    <message>
        <source>&amp;Autosave a recovery copy at the latest every:</source>
        <translation>復元用コピーの自動保存（最長間隔）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotField</name>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L)：</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>S&amp;cene:</source>
        <translation>シーン(&amp;C)：</translation>
    </message>
    <message>
        <source>Prompt strategy</source>
        <translation>プロンプト戦略</translation>
    </message>
    <message>
        <source>Strate&amp;gy:</source>
        <translation>方針(&amp;G)：</translation>
    </message>
    <message>
        <source>Scene description</source>
        <translation>シーン描写</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>ショットサイズ</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>ショットサイズ(&amp;F)：</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>カメラアングル</translation>
    </message>
    <message>
        <source>&amp;Angle:</source>
        <translation>カメラアングル(&amp;A)：</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>カメラワーク</translation>
    </message>
    <message>
        <source>Mo&amp;vement:</source>
        <translation>カメラワーク(&amp;V)：</translation>
    </message>
    <message>
        <source>Depth of field</source>
        <translation>被写界深度</translation>
    </message>
    <message>
        <source>Depth of f&amp;ield:</source>
        <translation>被写界深度(&amp;I)：</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>レンズ / スタイル</translation>
    </message>
    <message>
        <source>Le&amp;ns/style:</source>
        <translation>レンズ / スタイル(&amp;N)：</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>ライティング</translation>
    </message>
    <message>
        <source>Lig&amp;hting:</source>
        <translation>ライティング(&amp;H)：</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Palette colour %1</source>
        <translation>パレットの色 %1</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>パレット(&amp;P)：</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>ムード</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>ムード(&amp;O)：</translation>
    </message>
    <message>
        <source>Action beats</source>
        <translation>アクションビート</translation>
    </message>
    <message>
        <source>Action beat %1</source>
        <translation>アクションビート %1</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>セリフ</translation>
    </message>
    <message>
        <source>Dialogue line %1</source>
        <translation>セリフ %1</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>キャスト</translation>
    </message>
    <message>
        <source>Cast member %1</source>
        <translation>キャスト %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>長さ(&amp;D)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>Cinematography</source>
        <translation>撮影</translation>
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
        <source>%1, speaker</source>
        <translation>%1、話者</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最後のフレーム</translation>
    </message>
    <message>
        <source>Chain to the previous shot</source>
        <translation>前のショットにつなぐ</translation>
    </message>
    <message>
        <source>First and last frames</source>
        <translation>最初と最後のフレーム</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotInspector</name>
    <message>
        <source>Select a shot on the timeline to edit its brief.</source>
        <translation>タイムラインでショットを選ぶと、そのブリーフを編集できます。</translation>
    </message>
    <message>
        <source>1A</source>
        <translation>1A</translation>
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
        <source>Characters, costumes, setting, weather, in plain words: wet asphalt, neon signs reflecting in puddles...</source>
        <translation>キャラクター、衣装、舞台、天気を平易な言葉で：濡れたアスファルト、水たまりに映るネオン看板...</translation>
    </message>
    <message>
        <source>anamorphic 40mm, handheld 16mm film...</source>
        <translation>アナモルフィック 40mm、手持ち 16mm フィルム...</translation>
    </message>
    <message>
        <source>source, direction, quality: warm backlight with soft rim</source>
        <translation>光源、方向、質：暖かい逆光と柔らかなリムライト</translation>
    </message>
    <message>
        <source>cinematic and tense, playful, warm and cozy...</source>
        <translation>映画的で緊迫した、遊び心のある、温かく居心地のよい...</translation>
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
        <source>Price as the provider lists it: %1</source>
        <translation>プロバイダーの価格表：%1</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>レビュー（%1）</translation>
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
    <name>ShotBrief::ShotMenu</name>
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
        <source>Restore to Edit</source>
        <translation>編集に戻す</translation>
    </message>
    <message>
        <source>Mark as Cut</source>
        <translation>編集から除外</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
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
    <name>ShotBrief::ShotRangeBox</name>
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
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotReviewsView</name>
    <message>
        <source>No reviews yet. File &gt; Export Review Package sends the shots to the team; File &gt; Import Review brings their decisions back.</source>
        <translation>レビューはまだありません。「ファイル &gt; レビューパッケージを書き出し」でショットをチームに送り、「ファイル &gt; レビューを取り込む」で判断を取り込みます。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュアー</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Preferred take</source>
        <translation>希望テイク</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>レビュアーのコメント</translation>
    </message>
    <message>
        <source>The selected reviewer&apos;s note</source>
        <translation>選択したレビュアーのコメント</translation>
    </message>
    <message>
        <source>Circle Preferred Take</source>
        <translation>希望テイクを OK にする</translation>
    </message>
    <message>
        <source>Circle the take this reviewer preferred (undoable)</source>
        <translation>このレビュアーが希望したテイクを OK テイクにします（元に戻せます）</translation>
    </message>
    <message>
        <source>Remove Review</source>
        <translation>レビューを削除</translation>
    </message>
    <message>
        <source>Remove the selected review from the shot (undoable)</source>
        <translation>選択したレビューをショットから削除します（元に戻せます）</translation>
    </message>
    <message>
        <source>Remove review by %1</source>
        <translation>%1 のレビューを削除</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (circled)</source>
        <translation>%1（OK）</translation>
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
        <source>Action beats and the part each goes to</source>
        <translation>アクションビートと振り分け先のパート</translation>
    </message>
    <message>
        <source>Part for beat %1</source>
        <translation>ビート %1 のパート</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>パート %1</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
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
    <message>
        <source>a first frame was added</source>
        <translation>最初のフレームが追加された</translation>
    </message>
    <message>
        <source>the first frame was removed</source>
        <translation>最初のフレームが削除された</translation>
    </message>
    <message>
        <source>the first frame changed</source>
        <translation>最初のフレームが変更された</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakeStatus</name>
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
    <message>
        <source>The spend ledger has no entry for take %1.</source>
        <translation>支出記録にテイク %1 の項目がありません。</translation>
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
    <message>
        <source>Estimated cost</source>
        <translation>見積もり費用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Charged %1 by the provider; estimated %2 (%3).</source>
        <translation>プロバイダーの請求額 %1、見積もり %2（%3）。</translation>
    </message>
    <message>
        <source>%1, preferred by %2</source>
        <translation>%1（%2 が希望）</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>Take details</source>
        <translation>テイクの詳細</translation>
    </message>
    <message>
        <source>Select a take to see how it was made and any error.</source>
        <translation>テイクを選ぶと、作成方法とエラーが表示されます。</translation>
    </message>
    <message>
        <source>Project provider: %1</source>
        <translation>プロジェクトのプロバイダー：%1</translation>
    </message>
    <message>
        <source>circled</source>
        <translation>OKテイク</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>尺</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>利用期限</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Change asked for</source>
        <translation>依頼した変更</translation>
    </message>
    <message>
        <source>%1 has no takes yet.</source>
        <translation>%1 にはまだテイクがありません。</translation>
    </message>
    <message>
        <source>Takes of %1 (● circled):</source>
        <translation>%1 のテイク（● OKテイク）：</translation>
    </message>
    <message>
        <source>%1 · out of date</source>
        <translation>%1 · 古い</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TimelineAccessible</name>
    <message numerus="yes">
        <source>%1, %n second(s)</source>
        <translation>
            <numerusform>%1、%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>circled: %1, %2</source>
        <translation>OKテイク：%1、%2</translation>
    </message>
    <message>
        <source>no take yet</source>
        <translation>テイクはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s), none circled</source>
        <translation>
            <numerusform>テイク %n 件、OKテイクなし</numerusform>
        </translation>
    </message>
    <message>
        <source>no lint findings</source>
        <translation>指摘なし</translation>
    </message>
    <message numerus="yes">
        <source>%n lint finding(s): %1</source>
        <translation>
            <numerusform>指摘 %n 件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The shots in order. Left and Right move between them, Enter edits one, Insert adds a shot, Delete removes it.</source>
        <translation>順に並んだショット。左右キーで移動、Enter で編集、Insert でショットを追加、Delete で削除します。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
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
        <source>%1 · %2s · %3 s used</source>
        <translation>%1 · %2 秒 · 使用 %3 秒</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Cut from the edit: not in the sequence or any export until it is restored (Shift+E).</source>
        <translation>編集から除外：戻すまでシーケンスにもどの書き出しにも入りません（Shift+E）。</translation>
    </message>
    <message>
        <source>The edit uses %1 to %2 s of the take (%3 s).</source>
        <translation>編集ではテイクの %1～%2 秒（%3 秒）を使います。</translation>
    </message>
    <message>
        <source>● %1 · out of date</source>
        <translation>● %1 · 古い</translation>
    </message>
    <message>
        <source>No shots yet. Press Insert (or Edit &gt; Insert Shot) to add the first one.</source>
        <translation>ショットはまだありません。Insert キー（または「編集 &gt; ショットを挿入」）で最初のショットを追加します。</translation>
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
    <message>
        <source>the out point (%1 ms) must come after the in point (%2 ms)</source>
        <translation>アウト点（%1 ms）はイン点（%2 ms）より後でなければなりません</translation>
    </message>
    <message>
        <source>missing reviewer</source>
        <translation>レビュアーがありません</translation>
    </message>
    <message>
        <source>a second review by &quot;%1&quot;</source>
        <translation>「%1」による 2 件目のレビュー</translation>
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
    <name>ShotBrief::VideoProvider</name>
    <message>
        <source>&quot;%1&quot; has no model catalog: its models are typed in its profile.</source>
        <translation>「%1」にはモデルカタログがありません。モデルはプロファイルに手入力されています。</translation>
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
        <source>Board</source>
        <translation>コンテ</translation>
    </message>
    <message>
        <source>Draw the selected shot&apos;s frame: pen, brush, camera arrows, notes</source>
        <translation>選択中のショットの画面を描く：ペン、ブラシ、カメラワークの矢印、メモ</translation>
    </message>
    <message>
        <source>Board Grid</source>
        <translation>コンテ一覧</translation>
    </message>
    <message>
        <source>Every shot as a storyboard panel, grouped by scene</source>
        <translation>全ショットをシーンごとに絵コンテのコマとして表示</translation>
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
