<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CameraTerm</name>
    <message>
        <source>extreme wide shot</source>
        <translation>大远景</translation>
    </message>
    <message>
        <source>wide shot</source>
        <translation>远景</translation>
    </message>
    <message>
        <source>full shot</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>medium wide shot</source>
        <translation>中远景</translation>
    </message>
    <message>
        <source>medium shot</source>
        <translation>中景</translation>
    </message>
    <message>
        <source>medium close-up</source>
        <translation>中近景</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>近景特写</translation>
    </message>
    <message>
        <source>extreme close-up</source>
        <translation>大特写</translation>
    </message>
    <message>
        <source>over-the-shoulder shot</source>
        <translation>过肩镜头</translation>
    </message>
    <message>
        <source>insert shot</source>
        <translation>插入镜头</translation>
    </message>
    <message>
        <source>eye level</source>
        <translation>平视</translation>
    </message>
    <message>
        <source>high angle</source>
        <translation>俯拍</translation>
    </message>
    <message>
        <source>low angle</source>
        <translation>仰拍</translation>
    </message>
    <message>
        <source>bird&apos;s-eye view</source>
        <translation>鸟瞰</translation>
    </message>
    <message>
        <source>worm&apos;s-eye view</source>
        <translation>虫视仰拍</translation>
    </message>
    <message>
        <source>Dutch angle</source>
        <translation>荷兰角（倾斜构图）</translation>
    </message>
    <message>
        <source>point of view</source>
        <translation>主观视角</translation>
    </message>
    <message>
        <source>locked-off static camera</source>
        <translation>固定机位</translation>
    </message>
    <message>
        <source>slow pan left</source>
        <translation>缓慢左摇</translation>
    </message>
    <message>
        <source>slow pan right</source>
        <translation>缓慢右摇</translation>
    </message>
    <message>
        <source>tilt up</source>
        <translation>上摇</translation>
    </message>
    <message>
        <source>tilt down</source>
        <translation>下摇</translation>
    </message>
    <message>
        <source>slow dolly in</source>
        <translation>缓慢推镜</translation>
    </message>
    <message>
        <source>slow dolly out</source>
        <translation>缓慢拉镜</translation>
    </message>
    <message>
        <source>tracking shot</source>
        <translation>跟拍</translation>
    </message>
    <message>
        <source>crane up</source>
        <translation>升降上升</translation>
    </message>
    <message>
        <source>handheld camera</source>
        <translation>手持摄影</translation>
    </message>
    <message>
        <source>smooth Steadicam glide</source>
        <translation>斯坦尼康平稳移动</translation>
    </message>
    <message>
        <source>slow orbit around the subject</source>
        <translation>绕主体缓慢环绕</translation>
    </message>
    <message>
        <source>slow zoom in</source>
        <translation>缓慢变焦推近</translation>
    </message>
    <message>
        <source>shallow depth of field</source>
        <translation>浅景深</translation>
    </message>
    <message>
        <source>moderate depth of field</source>
        <translation>中等景深</translation>
    </message>
    <message>
        <source>deep focus, everything sharp</source>
        <translation>深焦，全部清晰</translation>
    </message>
    <message>
        <source>rack focus from foreground to background</source>
        <translation>从前景到背景的移焦</translation>
    </message>
</context>
<context>
    <name>ShotBrief::AnimaticExportDialog</name>
    <message>
        <source>Export Animatic</source>
        <translation>导出动态分镜</translation>
    </message>
    <message>
        <source>Rendering %1 (%2 shots, %3 s)…</source>
        <translation>正在渲染 %1（%2 个镜头，%3 秒）…</translation>
    </message>
    <message>
        <source>Shots without a take show their board, else their first frame, else a slate. Burn in:</source>
        <translation>没有镜次的镜头依次显示其分镜图、首帧或场记板。叠加：</translation>
    </message>
    <message>
        <source>Shot &amp;label</source>
        <translation>镜头标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dialogue as subtitles</source>
        <translation>对白作为字幕(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Timecode</source>
        <translation>时间码(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::AnimaticRenderer</name>
    <message>
        <source>An animatic is already being rendered</source>
        <translation>已有动态分镜正在渲染</translation>
    </message>
    <message>
        <source>The sequence is empty</source>
        <translation>序列为空</translation>
    </message>
    <message>
        <source>Invalid output size or frame rate</source>
        <translation>输出尺寸或帧率无效</translation>
    </message>
    <message>
        <source>The folder of the output file does not exist</source>
        <translation>输出文件所在的文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Rendering was cancelled</source>
        <translation>渲染已取消</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read clip %1</source>
        <translation>无法读取片段 %1</translation>
    </message>
    <message>
        <source>Cannot write the filter graph to %1</source>
        <translation>无法将滤镜图写入 %1</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>Cannot move the rendered file into place</source>
        <translation>无法将渲染好的文件移到目标位置</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ApiError</name>
    <message>
        <source>The provider rejected the API key (401). Check the key in the environment or the keychain for this provider profile.</source>
        <translation>服务商拒绝了 API 密钥（401）。请检查环境变量或钥匙串中该服务商配置的密钥。</translation>
    </message>
    <message>
        <source>The provider refused access (403): the organisation may not be verified for video generation, or the key lacks permission.</source>
        <translation>服务商拒绝访问（403）：该组织可能尚未通过视频生成验证，或密钥缺少权限。</translation>
    </message>
    <message>
        <source>The request was blocked by the provider&apos;s content rules: %1</source>
        <translation>请求被服务商的内容规则拦截：%1</translation>
    </message>
    <message>
        <source>The provider refused the parameter &quot;%1&quot;%2.</source>
        <translation>服务商拒绝了参数“%1”%2。</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>服务商拒绝了请求%1。</translation>
    </message>
    <message>
        <source>The provider does not know this video (404): it may have expired or been deleted.</source>
        <translation>服务商不认识此视频（404）：它可能已过期或被删除。</translation>
    </message>
    <message>
        <source>The provider timed out (408). Try again later.</source>
        <translation>服务商超时（408）。请稍后再试。</translation>
    </message>
    <message>
        <source>The provider reported a conflict (409). Try again later.</source>
        <translation>服务商报告冲突（409）。请稍后再试。</translation>
    </message>
    <message>
        <source>The request is too large for the provider (413): use a smaller reference image.</source>
        <translation>请求对服务商来说过大（413）：请使用更小的参考图。</translation>
    </message>
    <message>
        <source>The provider is rate limiting (429): too many requests or too many running jobs. ShotBrief waits and tries again.</source>
        <translation>服务商正在限流（429）：请求过多或运行中的任务过多。ShotBrief 会等待后重试。</translation>
    </message>
    <message>
        <source>The provider has server trouble (HTTP %1). Try again later.</source>
        <translation>服务商服务器出现问题（HTTP %1）。请稍后再试。</translation>
    </message>
    <message>
        <source>Unexpected answer from the provider (HTTP %1)%2.</source>
        <translation>服务商返回了意外的应答（HTTP %1）%2。</translation>
    </message>
    <message>
        <source>Blocked by the provider&apos;s content rules: %1. Change the shot&apos;s prompt (no real people, copyrighted characters or music) and retry.</source>
        <translation>被服务商的内容规则拦截：%1。请修改该镜头的提示词（不要涉及真实人物、受版权保护的角色或音乐）后重试。</translation>
    </message>
    <message>
        <source>The provider could not generate this take: %1</source>
        <translation>服务商无法生成此镜次：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Board</name>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save the project first: the first frame is written into its media folder.</source>
        <translation>请先保存项目：首帧会写入项目的媒体文件夹。</translation>
    </message>
    <message>
        <source>The shot has no board to use.</source>
        <translation>该镜头没有可用的分镜图。</translation>
    </message>
    <message>
        <source>The shot has no size.</source>
        <translation>该镜头没有画面尺寸。</translation>
    </message>
    <message>
        <source>Save the project first: pictures on a board are kept in its media folder.</source>
        <translation>请先保存项目：分镜图上的图片保存在项目的媒体文件夹中。</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>无法读取该图片。</translation>
    </message>
    <message>
        <source>The picture is %1×%2, over 50 megapixels; use a smaller one.</source>
        <translation>图片为 %1×%2，超过 5000 万像素；请使用更小的图片。</translation>
    </message>
    <message>
        <source>The picture cannot be encoded.</source>
        <translation>无法编码该图片。</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>横摇</translation>
    </message>
    <message>
        <source>TILT</source>
        <translation>纵摇</translation>
    </message>
    <message>
        <source>DOLLY</source>
        <translation>推轨</translation>
    </message>
    <message>
        <source>CRANE</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>横摇</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>纵摇</translation>
    </message>
    <message>
        <source>Dolly</source>
        <translation>推轨</translation>
    </message>
    <message>
        <source>Crane</source>
        <translation>升降</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardCanvas</name>
    <message>
        <source>Board canvas</source>
        <translation>分镜画布</translation>
    </message>
    <message>
        <source>Draw the shot&apos;s frame: P pen, B brush, E eraser, A arrow, T note, V move; [ and ] change the width; Delete removes the selected arrow or note</source>
        <translation>绘制镜头画面：P 钢笔，B 画笔，E 橡皮擦，A 箭头，T 注释，V 移动；[ 和 ] 调整线宽；Delete 删除所选箭头或注释</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>This board&apos;s file cannot be read, so it is kept as it is: %1</source>
        <translation>无法读取此分镜图的文件，因此保持原样：%1</translation>
    </message>
    <message>
        <source>Select a shot to draw its board.</source>
        <translation>选择一个镜头来绘制其分镜图。</translation>
    </message>
    <message>
        <source>Move arrow</source>
        <translation>移动箭头</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>移动注释</translation>
    </message>
    <message>
        <source>The ink layer is hidden: show it to draw on it.</source>
        <translation>线稿图层已隐藏：请先显示它再绘制。</translation>
    </message>
    <message>
        <source>The sketch layer is hidden: show it to draw on it.</source>
        <translation>草图图层已隐藏：请先显示它再绘制。</translation>
    </message>
    <message>
        <source>Erase on the board of %1</source>
        <translation>在%1的分镜图上擦除</translation>
    </message>
    <message>
        <source>Draw on the board of %1</source>
        <translation>在%1的分镜图上绘制</translation>
    </message>
    <message>
        <source>Note on the Frame</source>
        <translation>画面注释</translation>
    </message>
    <message>
        <source>Text shown on the board:</source>
        <translation>显示在分镜图上的文字：</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑注释</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>删除箭头</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除注释</translation>
    </message>
    <message>
        <source>Clear ink layer</source>
        <translation>清空线稿图层</translation>
    </message>
    <message>
        <source>Clear sketch layer</source>
        <translation>清空草图图层</translation>
    </message>
    <message>
        <source>Change arrow</source>
        <translation>更改箭头</translation>
    </message>
    <message>
        <source>Reverse Direction</source>
        <translation>反转方向</translation>
    </message>
    <message>
        <source>Reverse arrow</source>
        <translation>反转箭头</translation>
    </message>
    <message>
        <source>Delete Arrow</source>
        <translation>删除箭头</translation>
    </message>
    <message>
        <source>Edit Note...</source>
        <translation>编辑注释...</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>删除注释</translation>
    </message>
    <message>
        <source>Paste Picture as Reference</source>
        <translation>粘贴图片作为参考图</translation>
    </message>
    <message>
        <source>Clear Ink Layer</source>
        <translation>清空线稿图层</translation>
    </message>
    <message>
        <source>Clear Sketch Layer</source>
        <translation>清空草图图层</translation>
    </message>
    <message>
        <source>%1 is %2×%3, over 50 megapixels; use a smaller picture.</source>
        <translation>%1 为 %2×%3，超过 5000 万像素；请使用更小的图片。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is no picture to use.</source>
        <translation>没有可用的图片。</translation>
    </message>
    <message>
        <source>Set reference picture</source>
        <translation>设置参考图</translation>
    </message>
    <message>
        <source>Add pan arrow</source>
        <translation>添加横摇箭头</translation>
    </message>
    <message>
        <source>Add tilt arrow</source>
        <translation>添加纵摇箭头</translation>
    </message>
    <message>
        <source>Add dolly arrow</source>
        <translation>添加推轨箭头</translation>
    </message>
    <message>
        <source>Add crane arrow</source>
        <translation>添加升降箭头</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardEditor</name>
    <message>
        <source>Pen</source>
        <translation>钢笔</translation>
    </message>
    <message>
        <source>Pen: a line that follows the pressure (P)</source>
        <translation>钢笔：线条随压感变化（P）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Brush: a wide translucent stroke (B)</source>
        <translation>画笔：宽而半透明的笔触（B）</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Eraser: clears the active layer (E)</source>
        <translation>橡皮擦：擦除当前图层（E）</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Camera move arrow: drag on the frame; drag its ends to edit it (A)</source>
        <translation>运镜箭头：在画面上拖动绘制；拖动两端可编辑（A）</translation>
    </message>
    <message>
        <source>Camera move of new arrows</source>
        <translation>新箭头的运镜方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Text note: click on the frame (T)</source>
        <translation>文字注释：在画面上单击（T）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Select and move arrows and notes; Delete removes, arrow keys nudge (V)</source>
        <translation>选择并移动箭头和注释；Delete 删除，方向键微调（V）</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>线宽(&amp;W)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Line width at full pressure, in board pixels ([ and ])</source>
        <translation>满压感时的线宽，单位为分镜图像素（[ 和 ]）</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>线稿</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Draw on the %1 layer</source>
        <translation>在%1图层上绘制</translation>
    </message>
    <message>
        <source>Show the %1 layer</source>
        <translation>显示%1图层</translation>
    </message>
    <message>
        <source>Opacity of the %1 layer</source>
        <translation>%1图层的不透明度</translation>
    </message>
    <message>
        <source>Show %1 layer</source>
        <translation>显示%1图层</translation>
    </message>
    <message>
        <source>Hide %1 layer</source>
        <translation>隐藏%1图层</translation>
    </message>
    <message>
        <source>%1 layer opacity</source>
        <translation>%1图层不透明度</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Choose a picture as the reference layer</source>
        <translation>选择一张图片作为参考图层</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>The picture on the clipboard as the reference layer (Ctrl+V)</source>
        <translation>将剪贴板中的图片作为参考图层（Ctrl+V）</translation>
    </message>
    <message>
        <source>From Take</source>
        <translation>取自镜次</translation>
    </message>
    <message>
        <source>A frame of one of the shot&apos;s takes as the reference layer</source>
        <translation>将该镜头某个镜次的一帧作为参考图层</translation>
    </message>
    <message>
        <source>%1 (circled)</source>
        <translation>%1（已圈选）</translation>
    </message>
    <message>
        <source>No ready take with a picture</source>
        <translation>没有带画面的就绪镜次</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the reference picture away</source>
        <translation>移除参考图</translation>
    </message>
    <message>
        <source>Remove reference picture</source>
        <translation>移除参考图</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Onion Skin</source>
        <translation>洋葱皮</translation>
    </message>
    <message>
        <source>Show the previous board in red and the next in green</source>
        <translation>以红色显示上一张分镜图，以绿色显示下一张</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>参考线</translation>
    </message>
    <message>
        <source>Thirds, safe areas, a figure at the shot&apos;s framing</source>
        <translation>三分线、安全区、按镜头景别显示的人形</translation>
    </message>
    <message>
        <source>Rule of Thirds</source>
        <translation>三分法</translation>
    </message>
    <message>
        <source>Action and Title Safe</source>
        <translation>动作与字幕安全区</translation>
    </message>
    <message>
        <source>Figure at the Shot&apos;s Framing</source>
        <translation>按镜头景别显示人形</translation>
    </message>
    <message>
        <source>Use as First Frame</source>
        <translation>用作首帧</translation>
    </message>
    <message>
        <source>Draw the board at the shot&apos;s size, without arrows and notes, and send it to the provider as the first frame</source>
        <translation>按镜头尺寸绘制分镜图（不含箭头和注释），作为首帧发送给服务商</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>%1 (the shot&apos;s palette)</source>
        <translation>%1（镜头色板）</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <source>More...</source>
        <translation>更多...</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>选择任意颜色</translation>
    </message>
    <message>
        <source>Board Colour</source>
        <translation>分镜图颜色</translation>
    </message>
    <message>
        <source>Board of %1: %2×%3</source>
        <translation>%1的分镜图：%2×%3</translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>%n 个箭头</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条注释</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ drawn for another aspect ratio than the shot&apos;s %1: pictures of it are letterboxed</source>
        <translation>⚠ 绘制时的画幅比例与镜头的 %1 不同：其画面会加黑边显示</translation>
    </message>
    <message>
        <source>The board is now the first frame of %1, at the clip&apos;s size %2.</source>
        <translation>分镜图现已成为%1的首帧，尺寸与片段一致（%2）。</translation>
    </message>
    <message>
        <source>Save the project first: pictures on a board are kept in its media folder.</source>
        <translation>请先保存项目：分镜图上的图片保存在项目的媒体文件夹中。</translation>
    </message>
    <message>
        <source>Reference Picture</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no ready take with a picture yet.</source>
        <translation>%1还没有带画面的就绪镜次。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardFile</name>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的数字，实际为 %3</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb, got &quot;%1&quot;</source>
        <translation>应为 #rrggbb 形式的颜色，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a point [x, y]</source>
        <translation>应为坐标点 [x, y]</translation>
    </message>
    <message>
        <source>the point lies too far outside the board</source>
        <translation>该点超出分镜图太远</translation>
    </message>
    <message>
        <source>expected &quot;pen&quot;, &quot;brush&quot; or &quot;eraser&quot;, got &quot;%1&quot;</source>
        <translation>应为“pen”“brush”或“eraser”，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a list of x, y, pressure triples</source>
        <translation>应为 x、y、压感三元组的列表</translation>
    </message>
    <message>
        <source>the board has more than %L1 points; boards that large are refused</source>
        <translation>分镜图超过 %L1 个点；过大的分镜图会被拒绝</translation>
    </message>
    <message>
        <source>expected whole numbers: x and y in tenths of a pixel, pressure from 0 to 100</source>
        <translation>应为整数：x 和 y 以 0.1 像素为单位，压感为 0 到 100</translation>
    </message>
    <message>
        <source>expected &quot;pan&quot;, &quot;tilt&quot;, &quot;dolly&quot; or &quot;crane&quot;, got &quot;%1&quot;</source>
        <translation>应为“pan”“tilt”“dolly”或“crane”，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a board (a JSON object)</source>
        <translation>应为分镜图（JSON 对象）</translation>
    </message>
    <message>
        <source>not a ShotBrief board: the &quot;board&quot; version is missing</source>
        <translation>不是 ShotBrief 分镜图：缺少“board”版本号</translation>
    </message>
    <message>
        <source>written by a newer version of ShotBrief (board format %1; this version reads %2)</source>
        <translation>由更新版本的 ShotBrief 写入（分镜图格式 %1；此版本可读取 %2）</translation>
    </message>
    <message>
        <source>expected the canvas size in whole pixels, 1 to %1</source>
        <translation>画布尺寸应为 1 到 %1 的整数像素</translation>
    </message>
    <message>
        <source>the board file is over %1 MB</source>
        <translation>分镜图文件超过 %1 MB</translation>
    </message>
    <message>
        <source>nested deeper than a board can be</source>
        <translation>嵌套层级超出分镜图允许的深度</translation>
    </message>
    <message>
        <source>a string longer than %1 KB</source>
        <translation>字符串超过 %1 KB</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>the board file does not exist</source>
        <translation>分镜图文件不存在</translation>
    </message>
    <message>
        <source>could not open the board file: %1</source>
        <translation>无法打开分镜图文件：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardGridModel</name>
    <message>
        <source>No scene</source>
        <translation>无场景</translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardGridPage</name>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>Panel size (Ctrl+wheel, Ctrl+= and Ctrl+- in the grid)</source>
        <translation>分镜格大小（在网格中使用 Ctrl+滚轮、Ctrl+= 和 Ctrl+-）</translation>
    </message>
    <message>
        <source>Panel size</source>
        <translation>分镜格大小</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) in %1 scene run(s), %2 with a board</source>
        <translation>
            <numerusform>%n 个镜头，%1 段场景，其中 %2 个有分镜图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::BoardGridView</name>
    <message>
        <source>Take</source>
        <translation>镜次</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>分镜图</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Board grid</source>
        <translation>分镜网格</translation>
    </message>
    <message>
        <source>Every shot as a storyboard panel, grouped by scene</source>
        <translation>每个镜头显示为一格故事板画格，按场景分组</translation>
    </message>
    <message>
        <source>An empty sequence: insert a shot to begin.</source>
        <translation>序列为空：插入一个镜头开始吧。</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s), %1 s</source>
        <translation>
            <numerusform>%n 个镜头，%1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Draw Board</source>
        <translation>绘制分镜图</translation>
    </message>
    <message>
        <source>Edit Shot</source>
        <translation>编辑镜头</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪掉</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ChainLink</name>
    <message>
        <source>Shot %1 is the first shot: there is no previous shot to continue from. Stop chaining it, or give it a first frame of its own.</source>
        <translation>镜头 %1 是第一个镜头，没有可以承接的上一个镜头。请取消衔接，或为它设置自己的首帧。</translation>
    </message>
    <message>
        <source>Shot %1 (%2) cannot continue shot %3 (%4): a frame of another size would not cut together. Give both shots one size, or stop chaining.</source>
        <translation>镜头 %1（%2）无法承接镜头 %3（%4）：尺寸不同的画面剪不到一起。请让两个镜头尺寸一致，或取消衔接。</translation>
    </message>
    <message>
        <source>waiting for shot %1</source>
        <translation>等待镜头 %1</translation>
    </message>
    <message>
        <source>The circled take of shot %1 has no clip to continue from: circle another take of shot %1, or generate it again.</source>
        <translation>镜头 %1 的圈选镜次没有可承接的片段：请圈选镜头 %1 的另一个镜次，或重新生成。</translation>
    </message>
    <message>
        <source>The circled take of shot %1 expired before it was downloaded: circle a ready take of shot %1, or generate it again.</source>
        <translation>镜头 %1 的圈选镜次在下载前已过期：请圈选镜头 %1 的一个就绪镜次，或重新生成。</translation>
    </message>
    <message>
        <source>The circled take of shot %1 was canceled: circle a ready take of shot %1, or generate it again.</source>
        <translation>镜头 %1 的圈选镜次已取消：请圈选镜头 %1 的一个就绪镜次，或重新生成。</translation>
    </message>
    <message>
        <source>The circled take of shot %1 failed: circle a ready take of shot %1, or generate it again.</source>
        <translation>镜头 %1 的圈选镜次生成失败：请圈选镜头 %1 的一个就绪镜次，或重新生成。</translation>
    </message>
    <message>
        <source>Shot %1 has no circled take to continue from: generate shot %1 first.</source>
        <translation>镜头 %1 没有可承接的圈选镜次：请先生成镜头 %1。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Cli</name>
    <message>
        <source>Exports prompt sheets, storyboards, shot lists and edit lists.</source>
        <translation>导出提示词表、故事板、镜头表和剪辑表。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>Output file; &quot;-&quot; or none: standard output.</source>
        <translation>输出文件；“-”或不指定：标准输出。</translation>
    </message>
    <message>
        <source>Paper for PDFs: a4 (default) or letter.</source>
        <translation>PDF 纸张：a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>Landscape pages for PDFs.</source>
        <translation>PDF 使用横向页面。</translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark.</source>
        <translation>CSV 以 UTF-8 字节顺序标记开头。</translation>
    </message>
    <message>
        <source>Shots to export: labels or 1-based positions, e.g. &quot;1-3,7,9A,12-&quot;.</source>
        <translation>要导出的镜头：标签或从 1 开始的位置，例如“1-3,7,9A,12-”。</translation>
    </message>
    <message>
        <source>Only the shots of this scene (id or title).</source>
        <translation>仅此场景的镜头（ID 或标题）。</translation>
    </message>
    <message>
        <source>The .shotbrief project.</source>
        <translation>.shotbrief 项目。</translation>
    </message>
    <message>
        <source>shotbrief-cli export: expected one project file
%1</source>
        <translation>shotbrief-cli export：需要一个项目文件
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli export: --format is required
%1</source>
        <translation>shotbrief-cli export：必须指定 --format
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli export: unknown format &quot;%1&quot; (expected %2)</source>
        <translation>shotbrief-cli export：未知格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>shotbrief-cli export: unknown paper &quot;%1&quot; (expected a4 or letter)</source>
        <translation>shotbrief-cli export：未知纸张“%1”（应为 a4 或 letter）</translation>
    </message>
    <message>
        <source>shotbrief-cli export: %1</source>
        <translation>shotbrief-cli export：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 shots, %4 bytes)</source>
        <translation>已写入 %1（%2，%3 个镜头，%4 字节）</translation>
    </message>
    <message>
        <source>A .shotbrief project file.</source>
        <translation>一个 .shotbrief 项目文件。</translation>
    </message>
    <message>
        <source>%1: expected one project file, got %2 arguments (see --help)</source>
        <translation>%1：需要一个项目文件，但收到 %2 个参数（见 --help）</translation>
    </message>
    <message>
        <source>shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>shot %1 (%2)</source>
        <translation>镜头 %1（%2）</translation>
    </message>
    <message>
        <source>Checks every shot against the prompting rules. Exit code 0: no warnings; 1: a warning or error; 2: the file cannot be read.</source>
        <translation>按提示词规则检查每个镜头。退出码 0：没有警告；1：有警告或错误；2：无法读取文件。</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 条检查结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the composed prompt of one shot, or of every shot.</source>
        <translation>输出一个镜头或所有镜头合成后的提示词。</translation>
    </message>
    <message>
        <source>The shot: its number (1-based), label or id.</source>
        <translation>镜头：编号（从 1 开始）、标签或 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%1: --shot: no shot is numbered, labelled or identified &quot;%2&quot; (the project has %n shot(s))</source>
        <translation>
            <numerusform>%1：--shot：没有编号、标签或 ID 为“%2”的镜头（项目共有 %n 个镜头）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates the cost of generating one take of every shot.</source>
        <translation>估算为每个镜头生成一个镜次的费用。</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message numerus="yes">
        <source>Total: $%1 for %n shot(s), %2 s</source>
        <translation>
            <numerusform>合计：%n 个镜头 $%1，共 %2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) have no price in the table and are not counted.</source>
        <translation>
            <numerusform>有 %n 个镜头在价格表中没有价格，未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Price table: %1 (%2)</source>
        <translation>价格表：%1（%2）</translation>
    </message>
    <message>
        <source>Checks that a project file is well-formed and consistent. Exit code 0: valid; 2: it cannot be read or has problems.</source>
        <translation>检查项目文件的格式是否正确、内容是否一致。退出码 0：有效；2：无法读取或存在问题。</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid: %n shot(s), %2 s in all, schema %3</source>
        <translation>
            <numerusform>%1：有效：%n 个镜头，共 %2 秒，架构版本 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>check shots against the prompting rules</source>
        <translation>按提示词规则检查镜头</translation>
    </message>
    <message>
        <source>print composed prompts</source>
        <translation>输出合成后的提示词</translation>
    </message>
    <message>
        <source>estimate the generation cost</source>
        <translation>估算生成费用</translation>
    </message>
    <message>
        <source>check that a project file is valid</source>
        <translation>检查项目文件是否有效</translation>
    </message>
    <message>
        <source>generate takes (resumable; emulator when no key)</source>
        <translation>生成镜次（可续传；无密钥时使用模拟器）</translation>
    </message>
    <message>
        <source>export prompt sheets, shot lists and edit lists</source>
        <translation>导出提示词表、镜头表和剪辑表</translation>
    </message>
    <message>
        <source>run the built-in Videos API emulator</source>
        <translation>运行内置的 Videos API 模拟器</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli COMMAND [OPTIONS] FILE
Plans, checks, generates and exports ShotBrief projects without a window.

Commands:
</source>
        <translation>用法：shotbrief-cli 命令 [选项] 文件
无需窗口即可规划、检查、生成和导出 ShotBrief 项目。

命令：
</translation>
    </message>
    <message>
        <source>
&apos;shotbrief-cli COMMAND --help&apos; describes a command.
Exit codes: 0 success, 1 findings or failed takes, 2 bad input or unreadable file.
</source>
        <translation>
“shotbrief-cli 命令 --help”可查看命令说明。
退出码：0 成功，1 有检查结果或镜次失败，2 输入错误或文件无法读取。
</translation>
    </message>
    <message>
        <source>shotbrief-cli: unknown command &quot;%1&quot;

%2</source>
        <translation>shotbrief-cli：未知命令“%1”

%2</translation>
    </message>
    <message>
        <source>Plan for this provider profile (default: the project&apos;s provider).</source>
        <translation>按此服务商配置进行规划（默认：项目的服务商）。</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>用来替代配置文件夹中那份的 providers.json。</translation>
    </message>
    <message>
        <source>--profile: there is no provider profile &quot;%1&quot; (known: %2)</source>
        <translation>--profile：没有名为“%1”的服务商配置（已知：%2）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>A price table (JSON) to use instead of the profile&apos;s prices.</source>
        <translation>用来替代该配置价格的价格表（JSON）。</translation>
    </message>
    <message>
        <source>list a provider&apos;s models; --refresh reads its catalog</source>
        <translation>列出服务商的模型；--refresh 会读取其模型目录</translation>
    </message>
    <message>
        <source>import a screenplay or shot list (or re-import a revision)</source>
        <translation>导入剧本或镜头清单（或重新导入修订稿）</translation>
    </message>
    <message>
        <source>write a review package the team opens in a browser</source>
        <translation>写出剧组可在浏览器中打开的审阅包</translation>
    </message>
    <message>
        <source>bring reviewers&apos; feedback files back in</source>
        <translation>导入审阅人的反馈文件</translation>
    </message>
    <message>
        <source>bring the plan to an edited cut (order, trims, takes, cuts)</source>
        <translation>按改过的剪辑更新规划（顺序、修剪、镜次、剪掉的镜头）</translation>
    </message>
    <message>
        <source>Brings the plan to an edit list that was exported from ShotBrief and changed in an editor: the order of the shots, trims (in and out points of takes), another take of a shot as the circled take, and shots left out of the cut (marked cut, not deleted). Reads OpenTimelineIO, CMX 3600 EDL, MLT and Final Cut Pro 7 XML. The project is saved atomically; nothing changes when the edit list cannot be read or matched.</source>
        <translation>按从 ShotBrief 导出、在剪辑软件中改过的剪辑表更新规划：镜头顺序、修剪（镜次的入点和出点）、改用同一镜头的另一个镜次作为圈选镜次，以及剪辑中去掉的镜头（标为剪掉，而不是删除）。可读取 OpenTimelineIO、CMX 3600 EDL、MLT 和 Final Cut Pro 7 XML。项目以原子方式保存；剪辑表无法读取或匹配时不做任何更改。</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>报告将会更改的内容；不写入任何文件。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出报告。</translation>
    </message>
    <message>
        <source>Set each shot&apos;s duration to its length in the cut (whole seconds, which may not be a length the provider makes).</source>
        <translation>把每个镜头的时长设为它在剪辑中的长度（取整秒，可能不是服务商支持的时长）。</translation>
    </message>
    <message>
        <source>Bring clips that did not come from ShotBrief in as new shots (their files are copied into the media folder).</source>
        <translation>把不是来自 ShotBrief 的片段作为新镜头导入（文件会复制到媒体文件夹）。</translation>
    </message>
    <message>
        <source>The edited edit list (.otio, .edl, .mlt, .xml).</source>
        <translation>改过的剪辑表（.otio、.edl、.mlt、.xml）。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli conform PROJECT EDITED.(otio|edl|mlt|xml) [--dry-run] [--json] [--fit-length] [--import-clips]</source>
        <translation>用法：shotbrief-cli conform PROJECT EDITED.(otio|edl|mlt|xml) [--dry-run] [--json] [--fit-length] [--import-clips]</translation>
    </message>
    <message>
        <source>shotbrief-cli conform: expected a project and an edit list
%1</source>
        <translation>shotbrief-cli conform：需要一个项目和一个剪辑表
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli conform: %1: %2</source>
        <translation>shotbrief-cli conform：%1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何文件。</translation>
    </message>
    <message>
        <source>Writes a review package: a folder (or zip) with index.html, which the production team opens in any browser, offline, to watch the sequence and approve or comment on each shot.</source>
        <translation>写出审阅包：一个含 index.html 的文件夹（或 zip），制作团队可在任意浏览器中离线打开，观看整段序列，并对每个镜头批准或提出意见。</translation>
    </message>
    <message>
        <source>The package folder (or archive with --zip).</source>
        <translation>审阅包文件夹（使用 --zip 时为压缩包）。</translation>
    </message>
    <message>
        <source>Write one .zip archive instead of a folder.</source>
        <translation>写出一个 .zip 压缩包，而不是文件夹。</translation>
    </message>
    <message>
        <source>circled (default): the circled take of each shot; all: every ready take, side by side, for the reviewers to prefer one.</source>
        <translation>circled（默认）：每个镜头的圈选镜次；all：所有已就绪的镜次并排显示，供审阅人选出更好的一条。</translation>
    </message>
    <message>
        <source>Shots to include: labels or 1-based positions, e.g. &quot;1-3,7,9A,12-&quot;.</source>
        <translation>要包含的镜头：标签或从 1 开始的位置，例如“1-3,7,9A,12-”。</translation>
    </message>
    <message>
        <source>The page&apos;s language: %1 (default: the interface language).</source>
        <translation>页面语言：%1（默认：界面语言）。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli review FILE -o DIR [--zip] [--takes circled|all] [--shots RANGE] [--scene ID] [--language CODE]</source>
        <translation>用法：shotbrief-cli review FILE -o DIR [--zip] [--takes circled|all] [--shots RANGE] [--scene ID] [--language CODE]</translation>
    </message>
    <message>
        <source>shotbrief-cli review: expected one project file
%1</source>
        <translation>shotbrief-cli review：需要一个项目文件
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli review: -o DIR is required
%1</source>
        <translation>shotbrief-cli review：必须提供 -o DIR
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli review: --takes is circled or all, not &quot;%1&quot;</source>
        <translation>shotbrief-cli review：--takes 只能是 circled 或 all，而不是“%1”</translation>
    </message>
    <message>
        <source>shotbrief-cli review: unknown language &quot;%1&quot; (expected %2)</source>
        <translation>shotbrief-cli review：未知语言“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>shotbrief-cli review: %1</source>
        <translation>shotbrief-cli review：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 shots, %3 clips, %4 pictures, %5)</source>
        <translation>已写出 %1（%2 个镜头，%3 个片段，%4 张图片，%5）</translation>
    </message>
    <message>
        <source>Brings the decisions of review feedback files (saved by a review package&apos;s &quot;Download feedback&quot;) into the project and saves it. Several reviewers&apos; files merge: one review per reviewer and shot, the latest wins.</source>
        <translation>将审阅反馈文件（由审阅包的“下载反馈”保存）中的决定导入项目并保存。多位审阅人的文件会合并：每位审阅人对每个镜头保留一条审阅，以最新的为准。</translation>
    </message>
    <message>
        <source>Also apply feedback on shots that changed since the package was made.</source>
        <translation>也应用自审阅包生成后已更改的镜头的反馈。</translation>
    </message>
    <message>
        <source>Report what would be applied; change nothing.</source>
        <translation>只报告将要应用的内容，不做任何更改。</translation>
    </message>
    <message>
        <source>One or more feedback files (.json).</source>
        <translation>一个或多个反馈文件（.json）。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli review-import FILE FEEDBACK.json... [--include-changed] [--dry-run]</source>
        <translation>用法：shotbrief-cli review-import FILE FEEDBACK.json... [--include-changed] [--dry-run]</translation>
    </message>
    <message>
        <source>shotbrief-cli review-import: expected a project file and at least one feedback file
%1</source>
        <translation>shotbrief-cli review-import：需要一个项目文件和至少一个反馈文件
%1</translation>
    </message>
    <message>
        <source>shotbrief-cli review-import: nothing was applied</source>
        <translation>shotbrief-cli review-import：未应用任何内容</translation>
    </message>
    <message>
        <source>Feedback on shots that changed since the package was made was not applied; --include-changed applies it anyway.</source>
        <translation>自审阅包生成后已更改的镜头的反馈未被应用；使用 --include-changed 可强制应用。</translation>
    </message>
    <message>
        <source> (dry run: nothing was saved)</source>
        <translation>（试运行：未保存任何内容）</translation>
    </message>
    <message>
        <source>Storyboard panels a page: 1, 2, 4, 6 (default) or 9.</source>
        <translation>故事板每页格数：1、2、4、6（默认）或 9。</translation>
    </message>
    <message>
        <source>Usage: shotbrief-cli export FILE --format %1 [-o OUT] [--paper a4|letter] [--landscape] [--bom] [--panels 1|2|4|6|9] [--shots RANGE] [--scene ID]</source>
        <translation>用法：shotbrief-cli export FILE --format %1 [-o OUT] [--paper a4|letter] [--landscape] [--bom] [--panels 1|2|4|6|9] [--shots RANGE] [--scene ID]</translation>
    </message>
    <message>
        <source>shotbrief-cli export: --panels takes 1, 2, 4, 6 or 9, not &quot;%1&quot;</source>
        <translation>shotbrief-cli export：--panels 只接受 1、2、4、6 或 9，不接受“%1”</translation>
    </message>
    <message>
        <source>measure the cuts and colours of the circled takes</source>
        <translation>测量圈选镜次的剪切点与色彩</translation>
    </message>
    <message>
        <source>Measures continuity between circled takes: for every cut, the mean absolute difference between the outgoing clip&apos;s last frame and the incoming clip&apos;s first frame (0-255 per channel, both scaled to the smaller size; under %1 is continuous), and for every clip, how far its dominant colours are from the shot&apos;s palette (mean CIEDE2000 to the nearest declared colour). Worst first. Exit code 0: measured; 2: the file cannot be read.</source>
        <translation>测量圈选镜次之间的连戏：对每个剪切点，计算前一片段尾帧与后一片段首帧的平均绝对差（每通道 0-255，两者缩放到较小的尺寸；低于 %1 即为连贯）；对每个片段，计算其主色与镜头色板的距离（到最近声明颜色的平均 CIEDE2000）。最差的排在前面。退出码 0：已测量；2：无法读取文件。</translation>
    </message>
    <message>
        <source>Print the numbers as JSON.</source>
        <translation>以 JSON 输出数值。</translation>
    </message>
    <message numerus="yes">
        <source>%n cut(s) and %1 clip(s) measured</source>
        <translation>
            <numerusform>已测量 %n 个剪切点和 %1 个片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::ClipRenderer</name>
    <message>
        <source>Invalid render size or length.</source>
        <translation>渲染尺寸或时长无效。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for rendering.</source>
        <translation>无法创建用于渲染的临时文件夹。</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>Cannot start ffmpeg (%1): %2</source>
        <translation>无法启动 ffmpeg（%1）：%2</translation>
    </message>
    <message>
        <source>ffmpeg took too long.</source>
        <translation>ffmpeg 耗时过长。</translation>
    </message>
    <message>
        <source>Cannot move the rendered files into place.</source>
        <translation>无法将渲染好的文件移到目标位置。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComfyUiRoutes</name>
    <message>
        <source>Injected by the ShotBrief emulator (HTTP %1).</source>
        <translation>由 ShotBrief 模拟器注入（HTTP %1）。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 上不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>The prompt graph is empty.</source>
        <translation>提示词节点图为空。</translation>
    </message>
    <message>
        <source>Node %1 has no class_type or inputs.</source>
        <translation>节点 %1 没有 class_type 或 inputs。</translation>
    </message>
    <message>
        <source>Node %1 input &quot;%2&quot; links to the missing node %3.</source>
        <translation>节点 %1 的输入“%2”链接到不存在的节点 %3。</translation>
    </message>
    <message>
        <source>Prompt has no outputs.</source>
        <translation>提示词没有输出。</translation>
    </message>
    <message>
        <source>No latent video node with width, height and length.</source>
        <translation>没有带宽度、高度和长度的潜空间视频节点。</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 16 up to 2048.</source>
        <translation>宽度和高度必须是 16 的倍数，且不超过 2048。</translation>
    </message>
    <message>
        <source>The frame rate must be positive.</source>
        <translation>帧率必须为正数。</translation>
    </message>
    <message>
        <source>Invalid prompt: send {&quot;prompt&quot;: &lt;API-format graph&gt;}.</source>
        <translation>提示词无效：请发送 {&quot;prompt&quot;: &lt;API 格式的节点图&gt;}。</translation>
    </message>
    <message>
        <source>Prompt outputs failed validation</source>
        <translation>提示词输出未通过验证</translation>
    </message>
    <message>
        <source>Invalid image file: %1</source>
        <translation>图像文件无效：%1</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>The emulator could not store the start or end image.</source>
        <translation>模拟器无法保存起始图像或结束图像。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComfyUiVideoProvider</name>
    <message>
        <source>There is no ComfyUI workflow &quot;%1&quot; (known: %2). Add it to %3.</source>
        <translation>没有 ComfyUI 工作流“%1”（已知：%2）。请将其添加到 %3。</translation>
    </message>
    <message>
        <source>larger than 50 MB</source>
        <translation>大于 50 MB</translation>
    </message>
    <message>
        <source>ComfyUI did not name the upload.</source>
        <translation>ComfyUI 没有返回上传文件的名称。</translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation>节点 %1（%2）：%3</translation>
    </message>
    <message>
        <source>ComfyUI&apos;s answer has no prompt_id.</source>
        <translation>ComfyUI 的应答中没有 prompt_id。</translation>
    </message>
    <message>
        <source>The workflow finished without a video file: does it end in SaveVideo or VHS_VideoCombine?</source>
        <translation>工作流结束了，但没有视频文件：它是否以 SaveVideo 或 VHS_VideoCombine 结尾？</translation>
    </message>
    <message>
        <source>The render was interrupted in ComfyUI.</source>
        <translation>渲染在 ComfyUI 中被中断。</translation>
    </message>
    <message>
        <source>ComfyUI failed in node %1 (%2): %3</source>
        <translation>ComfyUI 在节点 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>ComfyUI reported an error.</source>
        <translation>ComfyUI 报告了错误。</translation>
    </message>
    <message>
        <source>ComfyUI no longer knows the prompt %1 (was it restarted or its history cleared?).</source>
        <translation>ComfyUI 已不认识提示词 %1（是否重启过或清除了历史记录？）。</translation>
    </message>
    <message>
        <source>ComfyUI makes no %1.</source>
        <translation>ComfyUI 不生成 %1。</translation>
    </message>
    <message>
        <source>ComfyUI has no video for the prompt %1.</source>
        <translation>ComfyUI 没有提示词 %1 的视频。</translation>
    </message>
    <message>
        <source>The prompt %1 has not finished yet.</source>
        <translation>提示词 %1 尚未完成。</translation>
    </message>
    <message>
        <source>ComfyUI workflows have no remix: generate a new take.</source>
        <translation>ComfyUI 工作流不支持混编：请生成新的镜次。</translation>
    </message>
    <message>
        <source>Cannot read the first frame %1: %2</source>
        <translation>无法读取首帧 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComfyUiWorkflow</name>
    <message>
        <source>The workflow &quot;%1&quot; needs nodes titled &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>工作流“%1”需要标题为“%2”和“%3”的节点。</translation>
    </message>
    <message>
        <source>ComfyUI needs a size like 1280x704 whose sides are multiples of 16, not &quot;%1&quot;.</source>
        <translation>ComfyUI 需要边长为 16 的倍数的尺寸，例如 1280x704，而不是“%1”。</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; takes no start image (no node titled &quot;%2&quot;).</source>
        <translation>工作流“%1”不接受起始图像（没有标题为“%2”的节点）。</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The workflow has no id.</source>
        <translation>工作流没有 ID。</translation>
    </message>
    <message>
        <source>The workflow needs nodes titled &quot;%1&quot; and &quot;%2&quot; (API format: Workflow &gt; Export (API)).</source>
        <translation>工作流需要标题为“%1”和“%2”的节点（API 格式：Workflow &gt; Export (API)）。</translation>
    </message>
    <message>
        <source>The workflow needs a positive fps, durations and sizes.</source>
        <translation>工作流需要正数的帧率、时长和尺寸。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The workflow &quot;%1&quot; takes no end image (no node titled &quot;%2&quot;).</source>
        <translation>工作流“%1”不接受结束图像（没有标题为“%2”的节点）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Commands</name>
    <message>
        <source>Move shot</source>
        <translation>移动镜头</translation>
    </message>
    <message>
        <source>Uncircle take</source>
        <translation>取消圈选镜次</translation>
    </message>
    <message>
        <source>Circle take</source>
        <translation>圈选镜次</translation>
    </message>
    <message>
        <source>Edit style bible</source>
        <translation>编辑风格手册</translation>
    </message>
    <message>
        <source>Edit cast</source>
        <translation>编辑演员表</translation>
    </message>
    <message>
        <source>Edit scenes</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>更改项目设置</translation>
    </message>
    <message>
        <source>Mark %1 as cut</source>
        <translation>将%1标为剪掉</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <source>Trim take</source>
        <translation>修剪镜次</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑%2的%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>插入%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::CompareEngine</name>
    <message>
        <source>Cannot play this clip</source>
        <translation>无法播放此片段</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ComparePanel</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧（左方向键）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧（右方向键）</translation>
    </message>
    <message>
        <source>The take you hear</source>
        <translation>你听到的镜次</translation>
    </message>
    <message>
        <source>A/B wipe</source>
        <translation>A/B 划像对比</translation>
    </message>
    <message>
        <source>Wipe between two takes (W)</source>
        <translation>在两个镜次之间划像对比（W）</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>音频：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>reference prompt</source>
        <translation>参考提示词</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>镜次 %1</translation>
    </message>
    <message>
        <source>A · Take %1</source>
        <translation>A · 镜次 %1</translation>
    </message>
    <message>
        <source>B · Take %1</source>
        <translation>B · 镜次 %1</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圈选</translation>
    </message>
    <message>
        <source>Circle the selected take: the sequence plays it (or press 1-4, or double-click a take)</source>
        <translation>圈选所选镜次：序列将播放它（也可按 1-4，或双击镜次）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Wipe side A</source>
        <translation>划像 A 侧</translation>
    </message>
    <message>
        <source>Wipe side B</source>
        <translation>划像 B 侧</translation>
    </message>
</context>
<context>
    <name>ShotBrief::CompareTile</name>
    <message>
        <source>Take %1</source>
        <translation>镜次 %1</translation>
    </message>
    <message>
        <source>circled</source>
        <translation>已圈选</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>镜次</translation>
    </message>
    <message>
        <source>%1, circled</source>
        <translation>%1，已圈选</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Conform</name>
    <message>
        <source>cannot create the clips folder</source>
        <translation>无法创建 clips 文件夹</translation>
    </message>
    <message>
        <source>cannot copy the clip into the media folder: %1</source>
        <translation>无法把片段复制到媒体文件夹：%1</translation>
    </message>
    <message>
        <source>save the project first: new clips are copied into its media folder</source>
        <translation>请先保存项目：新片段会复制到项目的媒体文件夹中</translation>
    </message>
    <message>
        <source>Conform to edit %1</source>
        <translation>按剪辑 %1 套底</translation>
    </message>
    <message>
        <source>the whole clip</source>
        <translation>整个片段</translation>
    </message>
    <message>
        <source>%1 to %2 s (%3 s)</source>
        <translation>%1 至 %2 秒（%3 秒）</translation>
    </message>
    <message>
        <source>the cut runs at %1 fps, ShotBrief&apos;s edit lists at %2 fps: set the sequence to %2 fps in the editor and export again</source>
        <translation>剪辑为 %1 fps，ShotBrief 的剪辑表为 %2 fps：请在剪辑软件中把序列设为 %2 fps 后重新导出</translation>
    </message>
    <message>
        <source>this edit list comes from another ShotBrief project%1: none of its clips is a shot of this one. Open the project it was exported from.</source>
        <translation>这个剪辑表来自另一个 ShotBrief 项目%1：其中没有一个片段是本项目的镜头。请打开导出它的那个项目。</translation>
    </message>
    <message>
        <source>no clip of this edit list came from this project (no shot or take ids, no clips from its media folder). Export an edit list from ShotBrief, edit it, and conform to that.</source>
        <translation>这个剪辑表里没有来自本项目的片段（没有镜头或镜次 ID，也没有来自其媒体文件夹的片段）。请从 ShotBrief 导出剪辑表，剪辑后再按它套底。</translation>
    </message>
    <message>
        <source>A gap of %1 frames before %2 is closed: ShotBrief plays shots back to back.</source>
        <translation>%2 之前 %1 帧的空隙已去掉：ShotBrief 的镜头首尾相接播放。</translation>
    </message>
    <message>
        <source>%1 is already in the cut earlier; ShotBrief keeps one place per shot, so this use is left out</source>
        <translation>%1 在剪辑中更早的位置已出现；ShotBrief 每个镜头只有一个位置，因此这一次使用被略过</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was matched to %3 by its name only.</source>
        <translation>%1“%2”仅凭名称匹配到%3。</translation>
    </message>
    <message>
        <source>%1 names a take of %3 (%2) that the project does not have: the circled take stays.</source>
        <translation>%1 指向%3的一个项目中不存在的镜次（%2）：保留原圈选镜次。</translation>
    </message>
    <message>
        <source>%1 is not in the cut: marked cut (kept in the plan)</source>
        <translation>%1 不在剪辑中：标为剪掉（仍保留在规划中）</translation>
    </message>
    <message>
        <source>%1 is in the cut again: restored</source>
        <translation>%1 重新出现在剪辑中：已恢复</translation>
    </message>
    <message>
        <source>%1: %2 is in the cut and becomes the circled take</source>
        <translation>%1：剪辑中用的是%2，它成为圈选镜次</translation>
    </message>
    <message>
        <source>%1: %2 plays %3 (was %4)</source>
        <translation>%1：%2 播放 %3（原为 %4）</translation>
    </message>
    <message>
        <source>%1 has no take and lasts %2 s in the cut, %3 s in the plan: choose &quot;fit length to cut&quot; to follow the cut.</source>
        <translation>%1 没有镜次，在剪辑中为 %2 秒，在规划中为 %3 秒：如需跟随剪辑，请选择“按剪辑调整时长”。</translation>
    </message>
    <message>
        <source>%1: duration %2 s (was %3 s), fitted to the cut</source>
        <translation>%1：时长 %2 秒（原为 %3 秒），已按剪辑调整</translation>
    </message>
    <message>
        <source>its ShotBrief shot and take are not in this project</source>
        <translation>其 ShotBrief 镜头和镜次不在本项目中</translation>
    </message>
    <message>
        <source>a gap, colour or generator that is not a ShotBrief shot</source>
        <translation>不是 ShotBrief 镜头的空隙、纯色或生成器</translation>
    </message>
    <message>
        <source>not from ShotBrief, and its media is not named</source>
        <translation>不是来自 ShotBrief，且未注明素材</translation>
    </message>
    <message>
        <source>not from ShotBrief; it can come in as a new shot</source>
        <translation>不是来自 ShotBrief；可以作为新镜头导入</translation>
    </message>
    <message>
        <source>not from ShotBrief, and its media %1 is not found</source>
        <translation>不是来自 ShotBrief，且找不到其素材 %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; did not come from ShotBrief and its media %3 is not found: relink it in the editor, or conform without bringing in new clips</source>
        <translation>%1“%2”不是来自 ShotBrief，且找不到其素材 %3：请在剪辑软件中重新链接，或在不导入新片段的情况下套底</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Brought in from the edited cut: %1</source>
        <translation>从改过的剪辑导入：%1</translation>
    </message>
    <message>
        <source>New shot &quot;%1&quot; holding %2 (%3)</source>
        <translation>新镜头“%1”，包含 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Shots in the cut&apos;s order (%n move(s))</source>
        <translation>
            <numerusform>镜头按剪辑顺序排列（移动 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3 fps): %4 of %5 clips matched to shots.
</source>
        <translation>%1（%2，%3 fps）：%5 个片段中有 %4 个匹配到镜头。
</translation>
    </message>
    <message>
        <source>The plan already matches the cut: nothing to change.
</source>
        <translation>规划已与剪辑一致：无需更改。
</translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n):
</source>
        <translation>
            <numerusform>已更改（%n）：
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change (%n):
</source>
        <translation>
            <numerusform>将会更改（%n）：
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not matched (%n):
</source>
        <translation>
            <numerusform>未匹配（%n）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>说明：
</translation>
    </message>
    <message>
        <source>clips overlap on the video track at %1 (%2 &quot;%3&quot; and %4 &quot;%5&quot;): ShotBrief plays one shot after another; put them on one track end to end and export again</source>
        <translation>视频轨道上的片段在 %1 处重叠（%2“%3”和 %4“%5”）：ShotBrief 逐个播放镜头；请把它们首尾相接放在一条轨道上后重新导出</translation>
    </message>
    <message>
        <source>The cut has %1 video tracks with clips; ShotBrief used the top one (%2).</source>
        <translation>剪辑中有 %1 条含片段的视频轨道；ShotBrief 使用了最上面的一条（%2）。</translation>
    </message>
    <message>
        <source>not an edit list ShotBrief reads: expected OpenTimelineIO (.otio), CMX 3600 EDL (.edl), MLT (.mlt) or Final Cut Pro 7 XML (.xml)</source>
        <translation>不是 ShotBrief 能读取的剪辑表：应为 OpenTimelineIO（.otio）、CMX 3600 EDL（.edl）、MLT（.mlt）或 Final Cut Pro 7 XML（.xml）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, which is more than any edit list ShotBrief reads</source>
        <translation>文件大于 %1 MB，超出 ShotBrief 读取剪辑表的上限</translation>
    </message>
    <message>
        <source>Speed changes are left out (line %1).</source>
        <translation>变速已略过（第 %1 行）。</translation>
    </message>
    <message>
        <source>expected an event: number, reel, channels, transition and four timecodes, got &quot;%1&quot;</source>
        <translation>应为一个事件：编号、卷名、通道、转场和四个时间码，实际为“%1”</translation>
    </message>
    <message>
        <source>no video events</source>
        <translation>没有视频事件</translation>
    </message>
    <message>
        <source>drop-frame timecode (29.97 or 59.94 fps): ShotBrief&apos;s edit lists run at %1 fps; set the sequence to %1 fps non-drop and export again</source>
        <translation>丢帧时间码（29.97 或 59.94 fps）：ShotBrief 的剪辑表为 %1 fps；请把序列设为 %1 fps 非丢帧后重新导出</translation>
    </message>
    <message>
        <source>expected a timecode HH:MM:SS:FF, got &quot;%1&quot;</source>
        <translation>应为 HH:MM:SS:FF 格式的时间码，实际为“%1”</translation>
    </message>
    <message>
        <source>timecode %1 is not a time of day</source>
        <translation>时间码 %1 不是有效的时刻</translation>
    </message>
    <message>
        <source>timecode %1 counts %2 frames in a second: the EDL was made at another frame rate than %3 fps; set the sequence to %3 fps and export again</source>
        <translation>时间码 %1 的每秒帧数为 %2：这个 EDL 不是以 %3 fps 制作的；请把序列设为 %3 fps 后重新导出</translation>
    </message>
    <message>
        <source>an out point before its in point</source>
        <translation>出点在入点之前</translation>
    </message>
    <message>
        <source>Transitions are left out: ShotBrief cuts.</source>
        <translation>转场已略过：ShotBrief 只做硬切。</translation>
    </message>
    <message>
        <source>Event %1 plays at another speed; ShotBrief uses its source in point and record length (line %2).</source>
        <translation>事件 %1 使用了变速；ShotBrief 采用其素材入点和录制长度（第 %2 行）。</translation>
    </message>
    <message>
        <source>event %1 (line %2)</source>
        <translation>事件 %1（第 %2 行）</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>no tractor or playlist: nothing to play</source>
        <translation>没有 tractor 或 playlist：没有可播放的内容</translation>
    </message>
    <message>
        <source>no video track with clips</source>
        <translation>没有含片段的视频轨道</translation>
    </message>
    <message>
        <source>the video track has no clips</source>
        <translation>视频轨道上没有片段</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2=&quot;%3&quot;: expected frames or a time such as 00:00:04.000</source>
        <translation>&lt;%1&gt; %2=&quot;%3&quot;：应为帧数或类似 00:00:04.000 的时间</translation>
    </message>
    <message>
        <source>entry %1 plays &quot;%2&quot;, which the file does not define</source>
        <translation>第 %1 个条目播放“%2”，但文件中没有定义它</translation>
    </message>
    <message>
        <source>entry %1 (line %2)</source>
        <translation>条目 %1（第 %2 行）</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>a string longer than 16 MB</source>
        <translation>字符串超过 16 MB</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>无效的 JSON</translation>
    </message>
    <message>
        <source>expected an OpenTimelineIO Timeline (OTIO_SCHEMA &quot;Timeline.1&quot;) at the top</source>
        <translation>顶层应为 OpenTimelineIO 时间线（OTIO_SCHEMA &quot;Timeline.1&quot;）</translation>
    </message>
    <message>
        <source>expected a Stack of tracks</source>
        <translation>应为轨道的 Stack</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>%1 is not read: ShotBrief reads clips, gaps and transitions on one track (flatten nested sequences and export again)</source>
        <translation>无法读取 %1：ShotBrief 读取一条轨道上的片段、空隙和转场（请展开嵌套序列后重新导出）</translation>
    </message>
    <message>
        <source>expected a TimeRange with start_time and duration</source>
        <translation>应为包含 start_time 和 duration 的 TimeRange</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Disabled clip &quot;%1&quot; (%2) is left out.</source>
        <translation>已停用的片段“%1”（%2）已略过。</translation>
    </message>
    <message>
        <source>no &lt;sequence&gt; in the file</source>
        <translation>文件中没有 &lt;sequence&gt;</translation>
    </message>
    <message>
        <source>The file holds %1 sequences; ShotBrief read the first, &quot;%2&quot;.</source>
        <translation>文件中有 %1 个序列；ShotBrief 读取了第一个“%2”。</translation>
    </message>
    <message>
        <source>the sequence has no video</source>
        <translation>序列中没有视频</translation>
    </message>
    <message>
        <source>the video track has no enabled clips</source>
        <translation>视频轨道上没有启用的片段</translation>
    </message>
    <message>
        <source>&lt;rate&gt; needs a &lt;timebase&gt; of frames per second, got &quot;%1&quot;</source>
        <translation>&lt;rate&gt; 需要表示每秒帧数的 &lt;timebase&gt;，实际为“%1”</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; needs a whole number in &lt;%3&gt;</source>
        <translation>&lt;%1&gt;“%2”的 &lt;%3&gt; 需要整数</translation>
    </message>
    <message>
        <source>Disabled clip &quot;%1&quot; (line %2) is left out.</source>
        <translation>已停用的片段“%1”（第 %2 行）已略过。</translation>
    </message>
    <message>
        <source>clip %1 (line %2)</source>
        <translation>片段 %1（第 %2 行）</translation>
    </message>
    <message>
        <source>the document type declares entities or an internal subset, which ShotBrief does not read</source>
        <translation>文档类型声明了实体或内部子集，ShotBrief 不读取这些内容</translation>
    </message>
    <message>
        <source>entity references are not read (&amp;%1;)</source>
        <translation>不读取实体引用（&amp;%1;）</translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation>有多个根元素</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>元素嵌套深度超过 %1</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>元素超过 %1 个</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML 格式错误：%1</translation>
    </message>
    <message>
        <source>no XML element in the file</source>
        <translation>文件中没有 XML 元素</translation>
    </message>
    <message>
        <source>expected an &lt;%1&gt; document, got &lt;%2&gt;</source>
        <translation>应为 &lt;%1&gt; 文档，实际为 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ConformDialog</name>
    <message>
        <source>Conform to %1</source>
        <translation>按 %1 套底</translation>
    </message>
    <message>
        <source>&amp;Fit shot lengths to the cut (whole seconds; a length the provider may not make)</source>
        <translation>按剪辑调整镜头时长(&amp;F)（取整秒；可能不是服务商支持的时长）</translation>
    </message>
    <message>
        <source>&amp;Changes (uncheck one to leave it out):</source>
        <translation>更改(&amp;C)（取消勾选即不应用）：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Clips not matched</source>
        <translation>未匹配的片段</translation>
    </message>
    <message>
        <source>Save &amp;Report...</source>
        <translation>保存报告(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Save Conform Report</source>
        <translation>保存套底报告</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>文本 (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>%1 (%2, %3 fps): %4 of %5 clips are shots of this project.</source>
        <translation>%1（%2，%3 fps）：%5 个片段中有 %4 个是本项目的镜头。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Bring in clips from elsewhere as new shots (%n)</source>
        <translation>
            <numerusform>把其他来源的片段作为新镜头导入(&amp;B)（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan already matches the cut.</source>
        <translation>规划已与剪辑一致。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message numerus="yes">
        <source>Clips &amp;not matched (%n):</source>
        <translation>
            <numerusform>未匹配的片段(&amp;N)（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is read-only: save a copy to conform it.</source>
        <translation>项目为只读：请另存副本后再套底。</translation>
    </message>
    <message>
        <source>Conform to Edit</source>
        <translation>按剪辑套底</translation>
    </message>
    <message>
        <source>Edit lists (*.otio *.edl *.mlt *.kdenlive *.xml);;All files (*)</source>
        <translation>剪辑表 (*.otio *.edl *.mlt *.kdenlive *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>ShotBrief cannot read this edit list; nothing was changed.

%1</source>
        <translation>ShotBrief 无法读取这个剪辑表；未做任何更改。

%1</translation>
    </message>
    <message>
        <source>This edit list cannot be matched to the project; nothing was changed.

%1</source>
        <translation>这个剪辑表无法与项目匹配；未做任何更改。

%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ContinuityReport</name>
    <message>
        <source>Shot %1 has no circled clip.</source>
        <translation>镜头 %1 没有圈选片段。</translation>
    </message>
    <message>
        <source>Shot %1: %2</source>
        <translation>镜头 %1：%2</translation>
    </message>
    <message>
        <source>Shot %1 declares no palette.</source>
        <translation>镜头 %1 没有声明色板。</translation>
    </message>
    <message>
        <source>Cuts, worst first (mean absolute difference of the frames either side, 0-255; under %1 is continuous):</source>
        <translation>剪切点，最差的在前（两侧帧的平均绝对差，0-255；低于 %1 即为连贯）：</translation>
    </message>
    <message>
        <source>none measured</source>
        <translation>尚未测量</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连贯</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>跳变</translation>
    </message>
    <message>
        <source>chained, %1</source>
        <translation>已衔接，%1</translation>
    </message>
    <message>
        <source>Clips, worst first (dominant colours against the declared palette, mean CIEDE2000):</source>
        <translation>片段，最差的在前（主色与声明色板的差，平均 CIEDE2000）：</translation>
    </message>
    <message>
        <source>Not measured:</source>
        <translation>未测量：</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ContinuityReportDialog</name>
    <message>
        <source>Continuity Report</source>
        <translation>连戏报告</translation>
    </message>
    <message>
        <source>&amp;Cuts, worst first: the difference between the last frame before the cut and the first frame after it (0-255; under %1 is continuous)</source>
        <translation>剪切点(&amp;C)，最差的在前：剪切前最后一帧与剪切后第一帧的差（0-255；低于 %1 即为连贯）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出</translation>
    </message>
    <message>
        <source>To</source>
        <translation>入</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切点</translation>
    </message>
    <message>
        <source>Cuts</source>
        <translation>剪切点</translation>
    </message>
    <message>
        <source>C&amp;lips, worst first: how far the clip&apos;s dominant colours are from the shot&apos;s palette (mean CIEDE2000; under 10 reads as the same colours)</source>
        <translation>片段(&amp;L)，最差的在前：片段主色与镜头色板的距离（平均 CIEDE2000；低于 10 看起来是同样的颜色）</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Dominant colours</source>
        <translation>主色</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>&amp;Measure Again</source>
        <translation>重新测量(&amp;M)</translation>
    </message>
    <message>
        <source>Save the project and generate takes first: the report measures the circled clips in its media folder.</source>
        <translation>请先保存项目并生成镜次：报告测量的是媒体文件夹中的圈选片段。</translation>
    </message>
    <message numerus="yes">
        <source>Measuring %n circled clip(s)…</source>
        <translation>
            <numerusform>正在测量 %n 个圈选片段…</numerusform>
        </translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连贯</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>跳变</translation>
    </message>
    <message>
        <source>chained, continuous</source>
        <translation>已衔接，连贯</translation>
    </message>
    <message>
        <source>chained, but jumps: generate %1 again</source>
        <translation>已衔接但有跳变：请重新生成 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cut(s) and %1 clip(s) measured.</source>
        <translation>
            <numerusform>已测量 %n 个剪切点和 %1 个片段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>未测量：%1</translation>
    </message>
    <message>
        <source>Circle a ready take of two adjacent shots to measure their cut.</source>
        <translation>圈选相邻两个镜头的就绪镜次，即可测量它们之间的剪切点。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::CredentialStore</name>
    <message>
        <source>No keychain is available on this system: set the environment variable %1 instead.</source>
        <translation>此系统没有可用的钥匙串：请改为设置环境变量 %1。</translation>
    </message>
    <message>
        <source>The keychain refused to store the key: %1</source>
        <translation>钥匙串拒绝保存密钥：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::DocumentTakeStore</name>
    <message>
        <source>The shot was deleted.</source>
        <translation>该镜头已被删除。</translation>
    </message>
    <message>
        <source>The shot or take was deleted.</source>
        <translation>该镜头或镜次已被删除。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::EmulatorJobStore</name>
    <message>
        <source>Cannot read the emulator state: %1</source>
        <translation>无法读取模拟器状态：%1</translation>
    </message>
    <message>
        <source>The emulator state is not valid JSON: %1</source>
        <translation>模拟器状态不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Cannot write the emulator state: %1</source>
        <translation>无法写入模拟器状态：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::EmulatorMain</name>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>127.0.0.1 上的端口（0 = 任意空闲端口）。</translation>
    </message>
    <message>
        <source>Seconds from queued to completed.</source>
        <translation>从排队到完成的秒数。</translation>
    </message>
    <message>
        <source>Folder for jobs and media (default: a temporary folder).</source>
        <translation>存放任务和媒体的文件夹（默认：临时文件夹）。</translation>
    </message>
    <message>
        <source>Fault injection SPEC (see above).</source>
        <translation>故障注入规格 SPEC（见上文）。</translation>
    </message>
    <message>
        <source>Accept only this API key (default: any non-empty key).</source>
        <translation>只接受此 API 密钥（默认：任何非空密钥）。</translation>
    </message>
    <message>
        <source>Running jobs allowed per key before 429.</source>
        <translation>每个密钥在返回 429 之前允许的运行中任务数。</translation>
    </message>
    <message>
        <source>Seconds a finished clip stays downloadable.</source>
        <translation>完成的片段可供下载的秒数。</translation>
    </message>
    <message>
        <source>The ffmpeg program.</source>
        <translation>ffmpeg 程序。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--job-seconds must be a non-negative number.</source>
        <translation>--job-seconds 必须是非负数。</translation>
    </message>
    <message>
        <source>--max-running must be a positive number.</source>
        <translation>--max-running 必须是正数。</translation>
    </message>
    <message>
        <source>--expiry-seconds must be a number.</source>
        <translation>--expiry-seconds 必须是数字。</translation>
    </message>
    <message>
        <source>ShotBrief emulator: cannot listen on 127.0.0.1:%1.</source>
        <translation>ShotBrief 模拟器：无法监听 127.0.0.1:%1。</translation>
    </message>
    <message>
        <source>ShotBrief emulator: a local server speaking the OpenAI Videos API (/v1/videos), Runway&apos;s task API (/v1/text_to_video, /v1/image_to_video, /v1/tasks), OpenRouter&apos;s Video Generation API (/api/v1/videos) and a local ComfyUI&apos;s API (/prompt, /history, /view ...) that renders placeholder clips with ffmpeg.</source>
        <translation>ShotBrief 模拟器：一个本地服务器，支持 OpenAI Videos API（/v1/videos）、Runway 任务 API（/v1/text_to_video、/v1/image_to_video、/v1/tasks）、OpenRouter 视频生成 API（/api/v1/videos）和本地 ComfyUI API（/prompt、/history、/view ...），并用 ffmpeg 渲染占位片段。</translation>
    </message>
    <message>
        <source>A JSON file served as OpenRouter&apos;s model catalog (GET /api/v1/videos/models); default: the catalog shipped with ShotBrief.</source>
        <translation>作为 OpenRouter 模型目录提供的 JSON 文件（GET /api/v1/videos/models）；默认：ShotBrief 自带的目录。</translation>
    </message>
    <message>
        <source>--openrouter-catalog: cannot read %1: %2</source>
        <translation>--openrouter-catalog：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>大于 64 MB</translation>
    </message>
</context>
<context>
    <name>ShotBrief::EmulatorServer</name>
    <message>
        <source>The request body is too large.</source>
        <translation>请求体过大。</translation>
    </message>
    <message>
        <source>Send {&quot;spec&quot;: &quot;&lt;fault spec&gt;&quot;}.</source>
        <translation>请发送 {&quot;spec&quot;: &quot;&lt;故障规格&gt;&quot;}。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Export</name>
    <message>
        <source>(no take)</source>
        <translation>（无镜次）</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>None of the selected shots is in the project</source>
        <translation>所选镜头都不在项目中</translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (set QT_QPA_PLATFORM=offscreen when there is no display)</source>
        <translation>PDF 导出需要 QGuiApplication（没有显示器时请设置 QT_QPA_PLATFORM=offscreen）</translation>
    </message>
    <message>
        <source>Unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Prompt sheet (PDF)</source>
        <translation>提示词表（PDF）</translation>
    </message>
    <message>
        <source>Storyboard (PDF)</source>
        <translation>故事板（PDF）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (self-contained)</source>
        <translation>HTML（独立文件）</translation>
    </message>
    <message>
        <source>Shot list (CSV)</source>
        <translation>镜头表（CSV）</translation>
    </message>
    <message>
        <source>Prompts (JSON)</source>
        <translation>提示词（JSON）</translation>
    </message>
    <message>
        <source>Edit list (OpenTimelineIO)</source>
        <translation>剪辑表（OpenTimelineIO）</translation>
    </message>
    <message>
        <source>Edit list (CMX 3600 EDL)</source>
        <translation>剪辑表（CMX 3600 EDL）</translation>
    </message>
    <message>
        <source>Edit list (MLT: Shotcut, Kdenlive)</source>
        <translation>剪辑表（MLT：Shotcut、Kdenlive）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
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
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Every shot to export is cut from the edit: restore one to export it</source>
        <translation>要导出的镜头都已从剪辑中剪掉：请恢复至少一个后再导出</translation>
    </message>
    <message>
        <source>Edit list (Final Cut Pro 7 XML: Premiere, Resolve)</source>
        <translation>剪辑表（Final Cut Pro 7 XML：Premiere、Resolve）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>动作：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>尾帧</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>横向(&amp;L)</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>字节顺序标记（供电子表格程序使用）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Storyboard:</source>
        <translation>故事板(&amp;S)：</translation>
    </message>
    <message>
        <source>CSV:</source>
        <translation>CSV：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Shots to export: %1</source>
        <translation>要导出的镜头：%1</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>正在导出 %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n panel(s) a page</source>
        <translation>
            <numerusform>每页 %n 格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::FaultSpec</name>
    <message>
        <source>Fault spec: seed must be a non-negative integer: %1</source>
        <translation>故障规格：seed 必须是非负整数：%1</translation>
    </message>
    <message>
        <source>Fault spec: unknown fault kind &quot;%1&quot; (expected 429, 500, 503, drop, slow, moderation, lost or renderfail)</source>
        <translation>故障规格：未知的故障类型“%1”（应为 429、500、503、drop、slow、moderation、lost 或 renderfail）</translation>
    </message>
    <message>
        <source>Fault spec: expected FIELD=VALUE, got &quot;%1&quot;</source>
        <translation>故障规格：应为 字段=值，实际为“%1”</translation>
    </message>
    <message>
        <source>Fault spec: unknown field &quot;%1&quot;</source>
        <translation>故障规格：未知字段“%1”</translation>
    </message>
    <message>
        <source>Fault spec: bad value in &quot;%1&quot;</source>
        <translation>故障规格：“%1”中的值有误</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FileNotice</name>
    <message>
        <source>Finished export</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有应用程序能打开 %1。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FileTakeStore</name>
    <message>
        <source>The project is read-only.</source>
        <translation>该项目是只读的。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ForeignFile</name>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a WAV sound file</source>
        <translation>WAV 音频文件</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>AVI 视频</translation>
    </message>
    <message>
        <source>a QuickTime movie</source>
        <translation>QuickTime 影片</translation>
    </message>
    <message>
        <source>an MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <source>a Matroska or WebM video</source>
        <translation>Matroska 或 WebM 视频</translation>
    </message>
    <message>
        <source>an MP3 sound file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <source>an Ogg media file</source>
        <translation>Ogg 媒体文件</translation>
    </message>
    <message>
        <source>a FLAC sound file</source>
        <translation>FLAC 音频文件</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>旧版 Microsoft Office 文档</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>OpenDocument 文件</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <source>a Final Draft script</source>
        <translation>Final Draft 剧本</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>XML 文档</translation>
    </message>
    <message>
        <source>a Fountain screenplay</source>
        <translation>Fountain 剧本</translation>
    </message>
    <message>
        <source>plain text, not a project&apos;s JSON</source>
        <translation>纯文本，而不是项目的 JSON</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FrameGrabber</name>
    <message>
        <source>ffmpeg gave no frame</source>
        <translation>ffmpeg 没有输出画面</translation>
    </message>
    <message>
        <source>Cannot take a frame from &quot;%1&quot;: %2</source>
        <translation>无法从“%1”取帧：%2</translation>
    </message>
    <message>
        <source>The clip &quot;%1&quot; is missing.</source>
        <translation>片段“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>ffmpeg took longer than a minute on &quot;%1&quot;.</source>
        <translation>ffmpeg 处理“%1”超过了一分钟。</translation>
    </message>
    <message>
        <source>ffmpeg gave a frame of &quot;%1&quot; that cannot be read.</source>
        <translation>ffmpeg 输出的“%1”画面无法读取。</translation>
    </message>
    <message>
        <source>Cannot write the frame: %1</source>
        <translation>无法写入画面：%1</translation>
    </message>
    <message>
        <source>ffmpeg gave no frame of &quot;%1&quot;.</source>
        <translation>ffmpeg 没有输出“%1”的画面。</translation>
    </message>
    <message>
        <source>The picture &quot;%1&quot; is missing.</source>
        <translation>图片“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG or WebP picture.</source>
        <translation>“%1”不是 PNG、JPEG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2x%3 pixels: pictures over 50 megapixels are refused. Scale it down first.</source>
        <translation>“%1”为 %2x%3 像素：超过 5000 万像素的图片会被拒绝。请先缩小。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::FramePicker</name>
    <message>
        <source>First frame picture</source>
        <translation>首帧图片</translation>
    </message>
    <message>
        <source>Last frame picture</source>
        <translation>尾帧图片</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>Choo&amp;se...</source>
        <translation>选择(&amp;S)...</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture; you can also drop one here</source>
        <translation>PNG、JPEG 或 WebP 图片；也可以拖放到这里</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>The picture on the clipboard</source>
        <translation>剪贴板上的图片</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Choose first frame</source>
        <translation>选择首帧</translation>
    </message>
    <message>
        <source>Choose last frame</source>
        <translation>选择尾帧</translation>
    </message>
    <message>
        <source>Paste first frame</source>
        <translation>粘贴首帧</translation>
    </message>
    <message>
        <source>Paste last frame</source>
        <translation>粘贴尾帧</translation>
    </message>
    <message>
        <source>Clear first frame</source>
        <translation>清除首帧</translation>
    </message>
    <message>
        <source>Clear last frame</source>
        <translation>清除尾帧</translation>
    </message>
    <message>
        <source>From the Previous Shot</source>
        <translation>取自上一个镜头</translation>
    </message>
    <message>
        <source>The last frame of the previous shot&apos;s circled take</source>
        <translation>上一个镜头圈选镜次的尾帧</translation>
    </message>
    <message>
        <source>First frame from the previous shot&apos;s circled take</source>
        <translation>取上一个镜头圈选镜次的尾帧作为首帧</translation>
    </message>
    <message>
        <source>None: the model chooses how the clip begins.</source>
        <translation>无：由模型决定片段如何开始。</translation>
    </message>
    <message>
        <source>None: the model chooses how the clip ends.</source>
        <translation>无：由模型决定片段如何结束。</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>⚠ The picture cannot be read: %1</source>
        <translation>⚠ 无法读取图片：%1</translation>
    </message>
    <message>
        <source>✓ %1, matches the clip size</source>
        <translation>✓ %1，与片段尺寸一致</translation>
    </message>
    <message>
        <source>⚠ %1 does not match the clip size %2: choose it again to crop or scale it.</source>
        <translation>⚠ %1 与片段尺寸 %2 不一致：请重新选择以裁切或缩放。</translation>
    </message>
    <message>
        <source>Choose First Frame</source>
        <translation>选择首帧</translation>
    </message>
    <message>
        <source>Choose Last Frame</source>
        <translation>选择尾帧</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板上没有图片。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerateCommand</name>
    <message>
        <source>generate: there is no shot &quot;%1&quot; (use 1-based numbers, labels or ids).</source>
        <translation>generate：没有镜头“%1”（请使用从 1 开始的编号、标签或 ID）。</translation>
    </message>
    <message>
        <source>Generates takes for the shots of a project.</source>
        <translation>为项目中的镜头生成镜次。</translation>
    </message>
    <message>
        <source>The .shotbrief project.</source>
        <translation>.shotbrief 项目。</translation>
    </message>
    <message>
        <source>Shots to generate: all, or 1-based numbers, labels or ids separated by commas.</source>
        <translation>要生成的镜头：all，或用逗号分隔的从 1 开始的编号、标签或 ID。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Takes wanted per shot (ready or running ones count).</source>
        <translation>每个镜头需要的镜次数（已就绪或运行中的也计入）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Provider profile (openai, azure, emulator or one from providers.json).</source>
        <translation>服务商配置（openai、azure、emulator 或 providers.json 中的某一项）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Refuse a batch whose estimate would take the project&apos;s spend above this (USD).</source>
        <translation>若预估费用会使项目支出超过此金额（美元），则拒绝该批次。</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Jobs running at once (default: the profile&apos;s).</source>
        <translation>同时运行的任务数（默认：配置中的值）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Milliseconds between status checks.</source>
        <translation>两次状态检查之间的毫秒数。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>用来替代配置文件夹中那份的 providers.json。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>generate: --variants takes a number from 1 to 20.</source>
        <translation>generate：--variants 需要 1 到 20 之间的数字。</translation>
    </message>
    <message>
        <source>generate: --max-spend takes an amount in USD, such as 5 or 2.50.</source>
        <translation>generate：--max-spend 需要一个美元金额，例如 5 或 2.50。</translation>
    </message>
    <message>
        <source>generate: --concurrency takes a number from 1 to 32.</source>
        <translation>generate：--concurrency 需要 1 到 32 之间的数字。</translation>
    </message>
    <message>
        <source>generate: --poll-ms takes a number of milliseconds (10 or more).</source>
        <translation>generate：--poll-ms 需要一个毫秒数（10 或以上）。</translation>
    </message>
    <message>
        <source>generate: unknown profile &quot;%1&quot; (known: %2).</source>
        <translation>generate：未知的配置“%1”（已知：%2）。</translation>
    </message>
    <message>
        <source>generate: no API key for &quot;%1&quot;: set %2 or store one in the keychain.</source>
        <translation>generate：“%1”没有 API 密钥：请设置 %2 或将密钥保存到钥匙串。</translation>
    </message>
    <message>
        <source>Using the built-in emulator at %1 (placeholder clips, no cost; state in %2).</source>
        <translation>使用位于 %1 的内置模拟器（占位片段，不产生费用；状态保存在 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>Generating with &quot;%1&quot;: %n new take(s), concurrency %2.</source>
        <translation>
            <numerusform>正在使用“%1”生成：%n 个新镜次，并发数 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shot(s) have their takes.</source>
        <translation>
            <numerusform>%n 个镜头中有 %1 个已有镜次。</numerusform>
        </translation>
    </message>
    <message>
        <source>generate: &quot;%1&quot; does not answer at %2; start it, or leave out --profile to use the built-in emulator.</source>
        <translation>generate：“%1”在 %2 没有响应；请启动它，或去掉 --profile 以使用内置模拟器。</translation>
    </message>
    <message>
        <source>Another server: the --profile&apos;s dialect there (e.g. --profile openrouter --base-url http://127.0.0.1:8080/api/v1), or without --profile an OpenAI-compatible one (e.g. http://127.0.0.1:8080/v1).</source>
        <translation>另一台服务器：在那里使用 --profile 的接口方言（例如 --profile openrouter --base-url http://127.0.0.1:8080/api/v1）；不带 --profile 时为 OpenAI 兼容服务器（例如 http://127.0.0.1:8080/v1）。</translation>
    </message>
    <message>
        <source>usage: shotbrief-cli generate FILE [--shots N,M|all] [--variants K] [--profile NAME] [--base-url URL] [--max-spend USD]</source>
        <translation>用法：shotbrief-cli generate 文件 [--shots N,M|all] [--variants K] [--profile 名称] [--base-url URL] [--max-spend 美元]</translation>
    </message>
    <message>
        <source>generate: unknown profile &quot;%1&quot;.</source>
        <translation>generate：未知的服务商配置“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 may have been paid for but its answer was lost; no new take is made for it. Check the provider&apos;s dashboard, then retry the take in the window if it was not.</source>
        <translation>%1 可能已付费，但回应丢失；不会为它新建镜次。请查看服务商的控制台，若未生成，再在窗口中重试该镜次。</translation>
    </message>
    <message>
        <source>Fix these shots, or leave them out with --shots.</source>
        <translation>请修正这些镜头，或用 --shots 将其排除。</translation>
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
        <translation>请先保存项目：片段会下载到项目的媒体文件夹中。</translation>
    </message>
    <message>
        <source>This project is read-only.</source>
        <translation>此项目是只读的。</translation>
    </message>
    <message>
        <source>Still reading the API key from the keychain.</source>
        <translation>仍在从钥匙串读取 API 密钥。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Generation finished.</source>
        <translation>生成完成。</translation>
    </message>
    <message numerus="yes">
        <source>Generation finished: %n take(s) ready.</source>
        <translation>
            <numerusform>生成完成：%n 个镜次已就绪。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generation finished: %n take(s) ready, %1 failed (%2). The Takes panel shows why.</source>
        <translation>
            <numerusform>生成完成：%n 个镜次就绪，%1 个失败（%2）。原因见“镜次”面板。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Generation starts the provider of the project (%1); without an API key the built-in emulator makes placeholder clips at no cost.</source>
        <translation>生成将使用项目的服务商（%1）；没有 API 密钥时，由内置模拟器免费生成占位片段。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerationQueue</name>
    <message>
        <source>Refused before sending anything: this batch is estimated at %1 (price table: %2); with %3 already spent and %4 pending, that exceeds the spending cap of %5.</source>
        <translation>在发送任何请求前已拒绝：此批次预估费用为 %1（价格表：%2）；加上已花费的 %3 和待处理的 %4，将超过支出上限 %5。</translation>
    </message>
    <message>
        <source>Cannot save the project: %1</source>
        <translation>无法保存项目：%1</translation>
    </message>
    <message>
        <source>There is no shot %1 in the project.</source>
        <translation>项目中没有镜头 %1。</translation>
    </message>
    <message>
        <source>There is no take %1 in shot %2.</source>
        <translation>镜头 %2 中没有镜次 %1。</translation>
    </message>
    <message>
        <source>Only a finished take can be remixed.</source>
        <translation>只能对已完成的镜次进行混编。</translation>
    </message>
    <message>
        <source>A remix needs a prompt that says what to change.</source>
        <translation>混编需要一段说明要改什么的提示词。</translation>
    </message>
    <message>
        <source>Only a failed, canceled or expired take can be retried.</source>
        <translation>只能重试失败、已取消或已过期的镜次。</translation>
    </message>
    <message>
        <source>The take to remix is gone or was never generated.</source>
        <translation>要混编的镜次已不存在或从未生成。</translation>
    </message>
    <message>
        <source>Whether this take was made (and paid for) is unknown: its request was being sent when generation stopped, and &quot;%1&quot; cannot list its jobs to check. Look for it on the provider&apos;s dashboard; if it is not there, retry the take by hand.</source>
        <translation>无法确定这个镜次是否已生成（并已计费）：生成中断时它的请求正在发送，而“%1”无法列出任务来核对。请在服务商的控制台中查找；如果没有，请手动重试该镜次。</translation>
    </message>
    <message>
        <source>Shot %1: %2</source>
        <translation>镜头 %1：%2</translation>
    </message>
    <message>
        <source>Shot %1: cannot record what take %2 cost: %3</source>
        <translation>镜头 %1：无法记录镜次 %2 的实际费用：%3</translation>
    </message>
    <message>
        <source>Shot %1: the provider charged %2 (estimated %3, %4).</source>
        <translation>镜头 %1：服务商实际收费 %2（预估 %3，差额 %4）。</translation>
    </message>
    <message>
        <source>A deleted shot</source>
        <translation>已删除的镜头</translation>
    </message>
    <message>
        <source>a take</source>
        <translation>一个镜次</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>preview strip</source>
        <translation>预览条</translation>
    </message>
    <message>
        <source>%1: cannot record the spend of %2: %3</source>
        <translation>%1：无法记录 %2 的花费：%3</translation>
    </message>
    <message>
        <source>%1: %2 runs on provider &quot;%3&quot;; it is left alone.</source>
        <translation>%1：%2 在服务商“%3”上运行，不作处理。</translation>
    </message>
    <message>
        <source>%1: the create request&apos;s outcome is unknown (%2); checking the provider&apos;s list before sending anything again.</source>
        <translation>%1：创建请求的结果未知（%2）；在重新发送前先核对服务商的任务列表。</translation>
    </message>
    <message>
        <source>%1: %2 Trying again in %3 s.</source>
        <translation>%1：%2 %3 秒后重试。</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <source>%1: cannot check the provider&apos;s list: %2</source>
        <translation>%1：无法核对服务商的任务列表：%2</translation>
    </message>
    <message>
        <source>%1: the provider already made %2; it is not sent again.</source>
        <translation>%1：服务商已生成 %2，不再重复发送。</translation>
    </message>
    <message>
        <source>%1: cannot follow %2 at the provider: %3</source>
        <translation>%1：无法在服务商处跟踪 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 is ready.</source>
        <translation>%1：%2 已就绪。</translation>
    </message>
    <message>
        <source>%1: %2 has no %3 (%4).</source>
        <translation>%1：%2 没有%3（%4）。</translation>
    </message>
    <message>
        <source>%1: cannot download the clip of %2: %3</source>
        <translation>%1：无法下载 %2 的片段：%3</translation>
    </message>
    <message>
        <source>Shot %1 is chained to the previous shot, but %2 cannot begin a clip on a picture: choose a model that takes a first frame, or stop chaining the shot.</source>
        <translation>镜头 %1 衔接上一个镜头，但 %2 无法以图片作为片段开头：请选择支持首帧的模型，或取消衔接。</translation>
    </message>
    <message>
        <source>Shot %1 begins on the last frame of shot %2, whose take is not being generated: generate shot %2 first, or both together.</source>
        <translation>镜头 %1 以镜头 %2 的尾帧开始，但那个镜头的镜次没有在生成：请先生成镜头 %2，或将两者一起生成。</translation>
    </message>
    <message>
        <source>Shot %1: %2.</source>
        <translation>镜头 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot take the last frame of shot %1: %2</source>
        <translation>无法取得镜头 %1 的尾帧：%2</translation>
    </message>
    <message>
        <source>Cannot save the first frame of shot %1: %2</source>
        <translation>无法保存镜头 %1 的首帧：%2</translation>
    </message>
    <message>
        <source>Shot %1: its first frame is the last frame of shot %2.</source>
        <translation>镜头 %1：首帧取自镜头 %2 的尾帧。</translation>
    </message>
    <message>
        <source>The first frame &quot;%1&quot; is missing from the media folder.</source>
        <translation>媒体文件夹中缺少首帧“%1”。</translation>
    </message>
    <message>
        <source>%1 cannot end a clip on a chosen picture: choose a model that takes a last frame, or remove the shot&apos;s last frame.</source>
        <translation>%1 无法以指定图片结束片段：请选择支持尾帧的模型，或移除该镜头的尾帧。</translation>
    </message>
    <message>
        <source>The last frame &quot;%1&quot; is missing from the media folder.</source>
        <translation>媒体文件夹中缺少尾帧“%1”。</translation>
    </message>
    <message>
        <source>The reference picture of %1 (&quot;%2&quot;) is missing from the media folder.</source>
        <translation>媒体文件夹中缺少 %1 的参考图（“%2”）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::GenerationSession</name>
    <message>
        <source>The built-in emulator could not start.</source>
        <translation>内置模拟器无法启动。</translation>
    </message>
    <message>
        <source>Built-in emulator speaking %1 in place of %2: placeholder clips, no cost.</source>
        <translation>内置模拟器以%1代替 %2：占位片段，不产生费用。</translation>
    </message>
    <message>
        <source>Built-in emulator (no API key configured): placeholder clips, no cost.</source>
        <translation>内置模拟器（未配置 API 密钥）：占位片段，不产生费用。</translation>
    </message>
    <message>
        <source>Provider: %1. It has no prices: no cost is recorded.</source>
        <translation>服务商：%1。它没有价格表：不记录费用。</translation>
    </message>
    <message>
        <source>Provider: %1. Generation is billed by the provider.</source>
        <translation>服务商：%1。生成费用由服务商收取。</translation>
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
        <translation>把剧本（Fountain、Final Draft .fdx）或镜头清单（CSV）导入为场景、演员和镜头，时长按服务商允许的片段长度适配。用 -o 写出新项目；用 --into 把修订稿重新导入由它生成的项目：改动过的镜头换上新文本并加标记，新增的部分成为新镜头，删掉的部分只加标记，你做的一切都保留。退出码 0：完成；2：参数有误，或剧本、项目无法读取（不写入任何文件）。</translation>
    </message>
    <message>
        <source>A .fountain, .fdx or .csv file.</source>
        <translation>.fountain、.fdx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Write a new project here (never overwrites).</source>
        <translation>在此写出新项目（绝不覆盖）。</translation>
    </message>
    <message>
        <source>Re-import into this project.</source>
        <translation>重新导入到这个项目。</translation>
    </message>
    <message>
        <source>The new project&apos;s provider profile (default: the emulator); its lengths fit the shots.</source>
        <translation>新项目的服务商配置（默认：模拟器）；镜头时长按它适配。</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>用来替代配置文件夹中那份的 providers.json。</translation>
    </message>
    <message>
        <source>With --into: report, write nothing.</source>
        <translation>配合 --into：只报告，不写入。</translation>
    </message>
    <message>
        <source>Print the figures (and changes) as JSON.</source>
        <translation>以 JSON 输出统计（及变更）。</translation>
    </message>
    <message>
        <source>import: expected one script file, got %1 arguments (see --help)</source>
        <translation>import：需要一个剧本文件，却给了 %1 个参数（见 --help）</translation>
    </message>
    <message>
        <source>import: give either -o OUT.shotbrief (a new project) or --into PROJECT.shotbrief (a re-import)</source>
        <translation>import：请指定 -o OUT.shotbrief（新项目）或 --into PROJECT.shotbrief（重新导入）之一</translation>
    </message>
    <message>
        <source>import: --profile is for new projects; --into plans with the project&apos;s own provider</source>
        <translation>import：--profile 只用于新项目；--into 按项目自己的服务商规划</translation>
    </message>
    <message>
        <source>%1: the file exists; import never overwrites a project (use --into to re-import into it, or choose another name)</source>
        <translation>%1：文件已存在；导入绝不覆盖项目（用 --into 重新导入，或换个文件名）</translation>
    </message>
    <message>
        <source>--profile: there is no provider profile &quot;%1&quot; (known: %2)</source>
        <translation>--profile：没有名为“%1”的服务商配置（已知：%2）</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3: %4 scenes, %5 lines of dialogue, %6 cast, %7 shots (%8 of them parts of split shots), %9 s for %10
</source>
        <translation>%1（%2）-&gt; %3：%4 场，%5 句台词，%6 名演员，%7 个镜头（其中 %8 个是拆分镜头的分段），共 %9 秒，按 %10 适配
</translation>
    </message>
    <message>
        <source>--dry-run: %1 was not changed</source>
        <translation>--dry-run：%1 未改动</translation>
    </message>
    <message>
        <source>%1 already matches the script; nothing written</source>
        <translation>%1 已与剧本一致；未写入</translation>
    </message>
</context>
<context>
    <name>ShotBrief::JobRunner</name>
    <message>
        <source>Your request was blocked by the moderation system.</source>
        <translation>你的请求被审核系统拦截。</translation>
    </message>
    <message>
        <source>The clip could not be rendered.</source>
        <translation>无法渲染该片段。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Type part of a name or a key (&quot;split&quot;, &quot;Ctrl+K&quot;)</source>
        <translation>输入名称或按键的一部分（“拆分”“Ctrl+K”）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Previous or next shot (Shift extends the selection)</source>
        <translation>上一个或下一个镜头（按住 Shift 扩展选择）</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First or last shot</source>
        <translation>第一个或最后一个镜头</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the shot in the inspector</source>
        <translation>在检查器中编辑镜头</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected shots</source>
        <translation>删除所选镜头</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Insert a shot after the current one</source>
        <translation>在当前镜头后插入一个镜头</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>放大或缩小</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>以指针为中心缩放</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Play forward; again for 2x and 4x</source>
        <translation>正向播放；再按为 2 倍速和 4 倍速</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Play backward; again for 2x and 4x</source>
        <translation>倒放；再按为 2 倍速和 4 倍速</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Pause; hold K with J or L to step a frame</source>
        <translation>暂停；按住 K 再按 J 或 L 逐帧移动</translation>
    </message>
    <message>
        <source>Step one frame</source>
        <translation>逐帧移动</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+← / Shift+→</translation>
    </message>
    <message>
        <source>Start of this shot or the previous one / end of this shot</source>
        <translation>本镜头或上一镜头的开头 / 本镜头的结尾</translation>
    </message>
    <message>
        <source>Start or end of the sequence</source>
        <translation>序列的开头或结尾</translation>
    </message>
    <message>
        <source>I / O / X</source>
        <translation>I / O / X</translation>
    </message>
    <message>
        <source>Set loop in, set loop out, clear the loop</source>
        <translation>设置循环入点、设置循环出点、清除循环</translation>
    </message>
    <message>
        <source>Compare Takes</source>
        <translation>比较镜次</translation>
    </message>
    <message>
        <source>1-4</source>
        <translation>1-4</translation>
    </message>
    <message>
        <source>Circle take 1 to 4</source>
        <translation>圈选镜次 1 到 4</translation>
    </message>
    <message>
        <source>Play or pause all takes</source>
        <translation>播放或暂停所有镜次</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>A/B wipe on or off</source>
        <translation>开启或关闭 A/B 划像</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Linter</name>
    <message>
        <source>Unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>Choose a model the provider offers.</source>
        <translation>请选择服务商提供的模型。</translation>
    </message>
    <message>
        <source>Duration not allowed</source>
        <translation>不支持的时长</translation>
    </message>
    <message>
        <source>Choose one of the model&apos;s durations; for a longer moment, cut two shots together.</source>
        <translation>请选择模型支持的时长；需要更长的段落时，把两个镜头剪在一起。</translation>
    </message>
    <message>
        <source>Size not allowed</source>
        <translation>不支持的尺寸</translation>
    </message>
    <message>
        <source>Choose one of the model&apos;s sizes.</source>
        <translation>请选择模型支持的尺寸之一。</translation>
    </message>
    <message>
        <source>Empty prompt</source>
        <translation>提示词为空</translation>
    </message>
    <message>
        <source>Describe the scene, the camera or the action: the provider needs a prompt.</source>
        <translation>请描述场景、镜头运动或动作：服务商需要提示词。</translation>
    </message>
    <message>
        <source>Prompt too long</source>
        <translation>提示词过长</translation>
    </message>
    <message>
        <source>Shorten the scene prose, the action beats or the cast identities: the provider refuses longer prompts.</source>
        <translation>请精简场景描述、动作节拍或角色身份描述：服务商会拒绝更长的提示词。</translation>
    </message>
    <message>
        <source>Framing is missing</source>
        <translation>缺少构图</translation>
    </message>
    <message>
        <source>Add a shot size and angle, such as &quot;wide shot, eye level&quot;: framing, depth of field and a lighting anchor keep results from being random.</source>
        <translation>请添加景别和机位角度，例如“远景，平视”：构图、景深和光线锚点能让结果不再随机。</translation>
    </message>
    <message>
        <source>Depth of field is missing</source>
        <translation>缺少景深</translation>
    </message>
    <message>
        <source>Say whether the depth of field is shallow (sharp subject, blurred background) or deep (everything sharp).</source>
        <translation>说明景深是浅（主体清晰、背景虚化）还是深（全部清晰）。</translation>
    </message>
    <message>
        <source>Lighting is missing</source>
        <translation>缺少光线</translation>
    </message>
    <message>
        <source>Name the light&apos;s source, direction and quality, such as &quot;warm backlight with soft rim&quot;, in the shot or in the style bible.</source>
        <translation>在镜头或风格手册中写明光源、方向和质感，例如“暖色逆光带柔和轮廓光”。</translation>
    </message>
    <message>
        <source>Palette is missing</source>
        <translation>缺少色板</translation>
    </message>
    <message>
        <source>Name 3 to 5 main colours, such as &quot;teal, sand, rust&quot;, in the shot or in the style bible.</source>
        <translation>在镜头或风格手册中列出 3 到 5 种主色，例如“青绿、沙色、铁锈红”。</translation>
    </message>
    <message>
        <source>Action beats are missing</source>
        <translation>缺少动作节拍</translation>
    </message>
    <message>
        <source>Write the movement as countable steps: &quot;takes four steps to the window, pauses, pulls the curtain in the final second&quot;.</source>
        <translation>把动作写成可数的步骤：“走四步到窗前，停顿，在最后一秒拉上窗帘”。</translation>
    </message>
    <message>
        <source>Palette outside 3 to 5 colours</source>
        <translation>色板不在 3 到 5 种颜色之间</translation>
    </message>
    <message>
        <source>Keep 3 to 5 named colour anchors: fewer leaves the colours to chance, more blurs them.</source>
        <translation>保持 3 到 5 个命名的色彩锚点：太少会让颜色听天由命，太多会让颜色混杂。</translation>
    </message>
    <message>
        <source>Vague word</source>
        <translation>含糊的词</translation>
    </message>
    <message>
        <source>Replace it with what the camera sees (&quot;wet asphalt, zebra crosswalk, neon signs reflecting in puddles&quot;) or a countable action (&quot;pedals three times, brakes, and stops at the crosswalk&quot;).</source>
        <translation>换成镜头能看到的东西（“湿漉漉的柏油路、斑马线、倒映在水洼里的霓虹招牌”），或可数的动作（“蹬三下踏板，刹车，停在斑马线前”）。</translation>
    </message>
    <message>
        <source>Container parameter written as prompt words</source>
        <translation>把容器参数写成了提示词</translation>
    </message>
    <message>
        <source>Model, size and seconds are set in the shot&apos;s format fields; words in the prompt cannot change them. Remove the words and set the field.</source>
        <translation>模型、尺寸和秒数在镜头的格式字段中设置；提示词里的文字无法改变它们。请删掉这些词并设置字段。</translation>
    </message>
    <message>
        <source>More than one camera move</source>
        <translation>多于一个镜头运动</translation>
    </message>
    <message>
        <source>Converge to one camera move plus one action, or the motion becomes unreadable.</source>
        <translation>收敛为一个镜头运动加一个动作，否则画面运动会难以辨认。</translation>
    </message>
    <message>
        <source>More action beats than the clip holds</source>
        <translation>动作节拍多于片段能容纳的数量</translation>
    </message>
    <message>
        <source>Keep about one beat per second, or split the action over two shots: two 4-second clips cut together often beat one 8-second clip.</source>
        <translation>大约每秒一个节拍，或把动作拆到两个镜头：两个 4 秒片段剪在一起往往胜过一个 8 秒片段。</translation>
    </message>
    <message>
        <source>Dialogue too long for the clip</source>
        <translation>对白对片段来说太长</translation>
    </message>
    <message>
        <source>A 4-second clip holds 1 to 2 short exchanges: shorten the lines, or choose a longer duration for the shot.</source>
        <translation>4 秒片段只容得下 1 到 2 句简短对话：请缩短台词，或为镜头选择更长的时长。</translation>
    </message>
    <message>
        <source>Dialogue line without speaker</source>
        <translation>台词没有说话人</translation>
    </message>
    <message>
        <source>Label each line with its speaker when more than one character could speak.</source>
        <translation>当可能有多个角色说话时，为每句台词标明说话人。</translation>
    </message>
    <message>
        <source>Named character not in the shot</source>
        <translation>提到的角色不在镜头中</translation>
    </message>
    <message>
        <source>Add the character to the shot&apos;s cast so that the identity description is inserted word for word, or remove the name.</source>
        <translation>把该角色加入镜头的演员表，以便逐字插入身份描述，或者删掉这个名字。</translation>
    </message>
    <message>
        <source>Character look redefined</source>
        <translation>角色外形被重新定义</translation>
    </message>
    <message>
        <source>Reuse the same identity description, word for word: change the cast identity (or add a new cast member) instead of describing hair or clothes in the shot.</source>
        <translation>逐字复用同一身份描述：修改演员表中的身份（或添加新角色），而不要在镜头里描述发型或服装。</translation>
    </message>
    <message>
        <source>Lighting drifts within the scene</source>
        <translation>场景内光线前后不一</translation>
    </message>
    <message>
        <source>Fix the lighting logic across the sequence: keep the same light in adjacent shots of a scene, or set it once in the style bible.</source>
        <translation>统一整个序列的光线逻辑：同一场景的相邻镜头保持相同光线，或在风格手册中统一设置。</translation>
    </message>
    <message>
        <source>Palette drifts within the scene</source>
        <translation>场景内色板前后不一</translation>
    </message>
    <message>
        <source>Fix the palette across the sequence: keep the same colour anchors in adjacent shots of a scene, or set them once in the style bible.</source>
        <translation>统一整个序列的色板：同一场景的相邻镜头保持相同的色彩锚点，或在风格手册中统一设置。</translation>
    </message>
    <message>
        <source>Real person named</source>
        <translation>提到了真实人物</translation>
    </message>
    <message>
        <source>Describe an invented character instead: providers refuse real people, public figures included, unless they consented through the provider&apos;s cameo feature.</source>
        <translation>请改为描述一个虚构角色：服务商会拒绝真实人物（包括公众人物），除非本人通过服务商的客串功能授权。</translation>
    </message>
    <message>
        <source>Copyrighted character named</source>
        <translation>提到了受版权保护的角色</translation>
    </message>
    <message>
        <source>Describe an original character instead: providers refuse copyrighted characters.</source>
        <translation>请改为描述一个原创角色：服务商会拒绝受版权保护的角色。</translation>
    </message>
    <message>
        <source>The provider has no model &quot;%1&quot; (it offers %2).</source>
        <translation>服务商没有模型“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>%1 does not make %2-second clips (it makes %3 s).</source>
        <translation>%1 不能生成 %2 秒的片段（可生成 %3 秒）。</translation>
    </message>
    <message>
        <source>%1 does not make %2 clips (it makes %3).</source>
        <translation>%1 不能生成 %2 的片段（可生成 %3）。</translation>
    </message>
    <message>
        <source>The shot has nothing to say to the model.</source>
        <translation>该镜头没有任何可以告诉模型的内容。</translation>
    </message>
    <message>
        <source>The prompt has %1 characters; the model takes at most %2.</source>
        <translation>提示词有 %1 个字符；模型最多接受 %2 个。</translation>
    </message>
    <message>
        <source>No shot size is set.</source>
        <translation>未设置景别。</translation>
    </message>
    <message>
        <source>No depth of field is set.</source>
        <translation>未设置景深。</translation>
    </message>
    <message>
        <source>Neither the shot nor the style bible describes the light.</source>
        <translation>镜头和风格手册都没有描述光线。</translation>
    </message>
    <message>
        <source>Neither the shot nor the style bible names colour anchors.</source>
        <translation>镜头和风格手册都没有给出色彩锚点。</translation>
    </message>
    <message>
        <source>The palette has %1 colours; 3 to 5 anchor the look.</source>
        <translation>色板有 %1 种颜色；3 到 5 种才能锚定画面风格。</translation>
    </message>
    <message>
        <source>No action beats: the model will invent the movement.</source>
        <translation>没有动作节拍：模型会自行编造动作。</translation>
    </message>
    <message>
        <source>Replace it with a countable action: &quot;pedals three times, brakes, and stops at the crosswalk&quot;.</source>
        <translation>换成可数的动作：“蹬三下踏板，刹车，停在斑马线前”。</translation>
    </message>
    <message>
        <source>Replace it with what the camera sees: &quot;wet asphalt, zebra crosswalk, neon signs reflecting in puddles&quot;.</source>
        <translation>换成镜头能看到的东西：“湿漉漉的柏油路、斑马线、倒映在水洼里的霓虹招牌”。</translation>
    </message>
    <message>
        <source>%1 says how it should feel, not what is seen or done.</source>
        <translation>%1 说的是感觉，而不是能看到或发生的事。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads like a model, size or duration; the prompt cannot set those.</source>
        <translation>“%1”看起来是模型、尺寸或时长；提示词无法设置这些。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a real person.</source>
        <translation>“%1”是真实人物。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a copyrighted character.</source>
        <translation>“%1”是受版权保护的角色。</translation>
    </message>
    <message>
        <source>The shot asks for %1 camera moves.</source>
        <translation>该镜头要求 %1 个镜头运动。</translation>
    </message>
    <message>
        <source>%1 action beats in a %2-second clip.</source>
        <translation>%2 秒的片段中有 %1 个动作节拍。</translation>
    </message>
    <message>
        <source>%1 lines of dialogue in a %2-second clip; it holds about %3.</source>
        <translation>%2 秒的片段中有 %1 句台词；大约只能容纳 %3 句。</translation>
    </message>
    <message>
        <source>About %1 words of dialogue in a %2-second clip; it holds about %3.</source>
        <translation>%2 秒的片段中约有 %1 个词的台词；大约只能容纳 %3 个。</translation>
    </message>
    <message>
        <source>Who says &quot;%1&quot;?</source>
        <translation>“%1”是谁说的？</translation>
    </message>
    <message>
        <source>%1 is named but not in the shot&apos;s cast, so their identity is not inserted.</source>
        <translation>提到了 %1，但其不在镜头的演员表中，因此不会插入其身份描述。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; describes %2&apos;s look again; the cast identity already does.</source>
        <translation>“%1”再次描述了 %2 的外形；演员表中的身份描述已经包含。</translation>
    </message>
    <message>
        <source>The scene prose describes %1 again in other words; the identity is inserted word for word already.</source>
        <translation>场景描述用其他措辞再次描述了 %1；身份描述已经逐字插入。</translation>
    </message>
    <message>
        <source>The light changes from &quot;%1&quot; in shot %2 to &quot;%3&quot;.</source>
        <translation>光线从镜头 %2 的“%1”变成了“%3”。</translation>
    </message>
    <message>
        <source>The palette changes from %1 in shot %2 to %3.</source>
        <translation>色板从镜头 %2 的 %1 变成了 %3。</translation>
    </message>
    <message>
        <source>Action without count, end point or timing</source>
        <translation>动作没有次数、终点或时间点</translation>
    </message>
    <message>
        <source>Say how many steps, where the movement ends or when in the clip: &quot;takes four steps to the window, pauses, and pulls the curtain in the final second&quot;.</source>
        <translation>写明走几步、在哪里停下、在片段的哪一刻发生：“走四步到窗前，停顿，在最后一秒拉上窗帘”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no count, no end point and no timing: the model decides how far and how long.</source>
        <translation>“%1”没有次数、终点和时间点：走多远、持续多久都由模型决定。</translation>
    </message>
    <message>
        <source>About %1 characters of dialogue in a %2-second clip; it holds about %3.</source>
        <translation>%2 秒的片段中约有 %1 个字的台词；大约只能容纳 %3 个字。</translation>
    </message>
    <message>
        <source>Cast member without an identity</source>
        <translation>演员缺少形象描述</translation>
    </message>
    <message>
        <source>Describe the character once in the Project panel (age, face, hair, clothes): the description goes into every prompt word for word and keeps the character the same from shot to shot.</source>
        <translation>在“项目”面板里写一次角色的形象（年龄、长相、发型、服装）：这段描述会逐字放进每条提示词，让角色在各个镜头里保持一致。</translation>
    </message>
    <message>
        <source>Script changed</source>
        <translation>剧本已改</translation>
    </message>
    <message>
        <source>The revised script gave this shot new action or dialogue; what it said before is in its notes. Check the shot, then clear the mark with Edit &gt; Accept Script Changes.</source>
        <translation>修订稿给这个镜头换了新的动作或台词，原来的内容在它的备注里。检查镜头后，用“编辑 &gt; 确认剧本变更”清除标记。</translation>
    </message>
    <message>
        <source>Cut from the script</source>
        <translation>已从剧本删除</translation>
    </message>
    <message>
        <source>The revised script no longer has this shot&apos;s part. Delete the shot if it goes, or keep it and clear the mark with Edit &gt; Accept Script Changes.</source>
        <translation>修订稿里已没有这个镜头对应的部分。不要就删掉镜头；要保留，就用“编辑 &gt; 确认剧本变更”清除标记。</translation>
    </message>
    <message>
        <source>%1 has no identity description yet.</source>
        <translation>%1 还没有形象描述。</translation>
    </message>
    <message>
        <source>The script changed since this shot was made from it.</source>
        <translation>这个镜头生成之后，剧本又改过了。</translation>
    </message>
    <message>
        <source>This shot&apos;s part of the script was cut.</source>
        <translation>剧本里这个镜头对应的部分被删掉了。</translation>
    </message>
    <message>
        <source>Circled take is out of date</source>
        <translation>圈选镜次已过期</translation>
    </message>
    <message>
        <source>Generate the shot again so that its take matches the brief, or circle a take that does.</source>
        <translation>重新生成该镜头，使镜次与简报一致，或圈选一个一致的镜次。</translation>
    </message>
    <message>
        <source>Name the lens and the look it gives: &quot;anamorphic 40mm, shallow focus, soft halation&quot; or &quot;handheld 16mm film, heavy grain&quot;.</source>
        <translation>写明镜头及其质感：“40mm 变形宽银幕镜头，浅焦，柔和光晕”或“手持 16mm 胶片，颗粒粗重”。</translation>
    </message>
    <message>
        <source>Name the light&apos;s source, direction and quality: &quot;sodium vapour from above, hard shadows, neon fill from the left&quot;.</source>
        <translation>写明光源、方向和质感：“钠灯顶光，硬阴影，左侧霓虹补光”。</translation>
    </message>
    <message>
        <source>Use a camera term the crew would use: &quot;medium close-up, low angle, slow dolly in, shallow depth of field&quot;.</source>
        <translation>使用剧组通用的摄影术语：“中近景，低角度，缓慢推轨，浅景深”。</translation>
    </message>
    <message numerus="yes">
        <source>The prompt names %1 colours (%2) from %n palette row(s); 3 to 5 anchor the look, one colour a row.</source>
        <translation>
            <numerusform>提示词从 %n 行色板中列出了 %1 种颜色（%2）；3 到 5 种颜色才能稳住画面，每行一种颜色。</numerusform>
        </translation>
    </message>
    <message>
        <source>Style bible: %1</source>
        <translation>风格手册：%1</translation>
    </message>
    <message>
        <source>Project default: %1</source>
        <translation>项目默认：%1</translation>
    </message>
    <message>
        <source>Model takes no first frame</source>
        <translation>模型不接受首帧</translation>
    </message>
    <message>
        <source>Remove the first frame or choose a model that accepts one.</source>
        <translation>请移除首帧，或选择接受首帧的模型。</translation>
    </message>
    <message>
        <source>First frame size differs from the shot</source>
        <translation>首帧尺寸与镜头不一致</translation>
    </message>
    <message>
        <source>Crop or scale the first frame to the shot&apos;s size, or change the shot&apos;s size: the provider rejects a first frame of another size.</source>
        <translation>请将首帧裁切或缩放到镜头尺寸，或修改镜头尺寸：服务商会拒绝尺寸不同的首帧。</translation>
    </message>
    <message>
        <source>Model takes no last frame</source>
        <translation>模型不接受尾帧</translation>
    </message>
    <message>
        <source>Choose a model that ends a clip on a picture, or remove the last frame.</source>
        <translation>请选择能以图片结束片段的模型，或移除尾帧。</translation>
    </message>
    <message>
        <source>Last frame size differs from the shot</source>
        <translation>尾帧尺寸与镜头不一致</translation>
    </message>
    <message>
        <source>Crop or scale the last frame to the shot&apos;s size, or change the shot&apos;s size: the provider rejects a last frame of another size.</source>
        <translation>请将尾帧裁切或缩放到镜头尺寸，或修改镜头尺寸：服务商会拒绝尺寸不同的尾帧。</translation>
    </message>
    <message>
        <source>Frame aspect differs from the shot</source>
        <translation>画面宽高比与镜头不一致</translation>
    </message>
    <message>
        <source>Crop the picture to the shot&apos;s aspect ratio so that you choose what the provider cuts away.</source>
        <translation>请把图片裁切为镜头的宽高比，由你决定裁掉哪一部分，而不是交给服务商。</translation>
    </message>
    <message>
        <source>Frame picture cannot be read</source>
        <translation>帧图片无法读取</translation>
    </message>
    <message>
        <source>Choose the picture again: the file is missing from the media folder or is not a PNG, JPEG or WebP image.</source>
        <translation>请重新选择图片：媒体文件夹中缺少该文件，或它不是 PNG、JPEG 或 WebP 图像。</translation>
    </message>
    <message>
        <source>Frame picture too large</source>
        <translation>帧图片过大</translation>
    </message>
    <message>
        <source>Scale the picture to the shot&apos;s size: pictures over 50 megapixels are refused.</source>
        <translation>请把图片缩放到镜头尺寸：超过 5000 万像素的图片会被拒绝。</translation>
    </message>
    <message>
        <source>Chained shot on a model without a first frame</source>
        <translation>衔接镜头所用模型不支持首帧</translation>
    </message>
    <message>
        <source>Choose a model that begins a clip on a picture, or stop chaining the shot to the previous one.</source>
        <translation>请选择能以图片开始片段的模型，或取消与上一个镜头的衔接。</translation>
    </message>
    <message>
        <source>Chained shot has no previous shot</source>
        <translation>衔接镜头没有上一个镜头</translation>
    </message>
    <message>
        <source>The first shot of the sequence cannot continue another one: stop chaining it, or give it a first frame of its own.</source>
        <translation>序列的第一个镜头无法承接其他镜头：请取消衔接，或为它设置自己的首帧。</translation>
    </message>
    <message>
        <source>Chained shot differs in size from the previous</source>
        <translation>衔接镜头与上一个镜头尺寸不同</translation>
    </message>
    <message>
        <source>Give both shots the same size, or stop chaining: a frame of another shape cannot continue the previous clip.</source>
        <translation>请让两个镜头尺寸一致，或取消衔接：形状不同的画面无法接上一个片段。</translation>
    </message>
    <message>
        <source>Chained shot also has a first frame</source>
        <translation>衔接镜头另有首帧</translation>
    </message>
    <message>
        <source>The previous clip&apos;s last frame is sent instead of the shot&apos;s own first frame: remove one of them.</source>
        <translation>发送的是上一个片段的尾帧，而不是镜头自己的首帧：请移除其中之一。</translation>
    </message>
    <message>
        <source>Cast reference pictures not sent</source>
        <translation>角色参考图未发送</translation>
    </message>
    <message>
        <source>Choose a model that takes subject references to hold the characters&apos; look, or rely on the identity description.</source>
        <translation>请选择接受主体参考图的模型来保持角色造型，或仅依靠角色描述。</translation>
    </message>
    <message>
        <source>%1 takes no first frame; it would be ignored.</source>
        <translation>%1 不接受首帧，首帧会被忽略。</translation>
    </message>
    <message>
        <source>Choose a model that takes one (%1), or remove the first frame.</source>
        <translation>请选择接受首帧的模型（%1），或移除首帧。</translation>
    </message>
    <message>
        <source>%1 cannot end a clip on a chosen picture.</source>
        <translation>%1 无法以指定图片结束片段。</translation>
    </message>
    <message>
        <source>No model of this provider takes a last frame: remove it, or switch the project to a provider that takes one.</source>
        <translation>此服务商没有接受尾帧的模型：请移除尾帧，或将项目切换到支持尾帧的服务商。</translation>
    </message>
    <message>
        <source>Choose a model that takes a last frame (%1), or remove it.</source>
        <translation>请选择接受尾帧的模型（%1），或移除尾帧。</translation>
    </message>
    <message>
        <source>The last frame &quot;%1&quot; is missing or is not an image.</source>
        <translation>尾帧“%1”不存在或不是图像。</translation>
    </message>
    <message>
        <source>The first frame &quot;%1&quot; is missing or is not an image.</source>
        <translation>首帧“%1”不存在或不是图像。</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels, over 50 megapixels.</source>
        <translation>图片为 %1x%2 像素，超过 5000 万像素。</translation>
    </message>
    <message>
        <source>The last frame is %1x%2 pixels; the shot is %3.</source>
        <translation>尾帧为 %1x%2 像素；镜头为 %3。</translation>
    </message>
    <message>
        <source>The first frame is %1x%2 pixels; the shot is %3.</source>
        <translation>首帧为 %1x%2 像素；镜头为 %3。</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels, another shape than the shot&apos;s %3.</source>
        <translation>图片为 %1x%2 像素，与镜头的 %3 形状不同。</translation>
    </message>
    <message>
        <source>The first shot is set to begin on the previous shot&apos;s last frame.</source>
        <translation>第一个镜头被设为以上一个镜头的尾帧开始。</translation>
    </message>
    <message>
        <source>%1 cannot begin a clip on the previous shot&apos;s last frame.</source>
        <translation>%1 无法以上一个镜头的尾帧开始片段。</translation>
    </message>
    <message>
        <source>Choose a model that takes a first frame (%1), or stop chaining the shot.</source>
        <translation>请选择接受首帧的模型（%1），或取消该镜头的衔接。</translation>
    </message>
    <message>
        <source>This shot is %1 but shot %2 before it is %3.</source>
        <translation>此镜头为 %1，但之前的镜头 %2 为 %3。</translation>
    </message>
    <message>
        <source>The shot begins on the previous clip&apos;s last frame; its own first frame is not sent.</source>
        <translation>该镜头以上一个片段的尾帧开始；它自己的首帧不会发送。</translation>
    </message>
    <message>
        <source>%1 takes no subject references: the pictures of %2 are not sent.</source>
        <translation>%1 不接受主体参考图：%2 的图片不会发送。</translation>
    </message>
    <message>
        <source>Choose a model that takes them (%1) to hold the characters&apos; look.</source>
        <translation>请选择接受主体参考图的模型（%1）来保持角色造型。</translation>
    </message>
    <message>
        <source>%1 takes %2 subject references: the pictures of %3 are not sent.</source>
        <translation>%1 只接受 %2 张主体参考图：%3 的图片不会发送。</translation>
    </message>
    <message>
        <source>Keep the characters who matter most first in the shot&apos;s cast.</source>
        <translation>请把最重要的角色排在镜头角色列表的前面。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::MainWindow</name>
    <message>
        <source>ShotBrief projects (*.shotbrief);;All files (*)</source>
        <translation>ShotBrief 项目 (*.shotbrief);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>ShotBrief found changes to %1 that were not saved, newer than the file itself (the application may have quit unexpectedly).

Recover them?</source>
        <translation>ShotBrief 发现了对 %1 的未保存更改，且比文件本身更新（应用程序可能意外退出过）。

要恢复这些更改吗？</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy</source>
        <translation>已自动保存恢复副本</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Remix Take</source>
        <translation>混编镜次</translation>
    </message>
    <message>
        <source>Describe one change (&quot;same shot, switch to 85mm&quot;):</source>
        <translation>描述一处改动（“同一镜头，换成 85mm”）：</translation>
    </message>
    <message>
        <source>Generate All</source>
        <translation>全部生成</translation>
    </message>
    <message>
        <source>Every shot already has a take.</source>
        <translation>每个镜头都已有镜次。</translation>
    </message>
    <message numerus="yes">
        <source>Generate %n shot(s) without a take?</source>
        <translation>
            <numerusform>为 %n 个没有镜次的镜头生成？</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate All Ungenerated Shots</source>
        <translation>生成所有未生成的镜头</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Prompt and Lint</source>
        <translation>提示词与检查</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>镜次</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Insert Shot</source>
        <translation>插入镜头(&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制镜头(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Shot</source>
        <translation>删除镜头(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;plit Shot...</source>
        <translation>拆分镜头(&amp;P)...</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Edit Shot</source>
        <translation>编辑镜头(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放至适合(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Generate Shot</source>
        <translation>生成镜头(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Generate &amp;All Ungenerated Shots...</source>
        <translation>生成所有未生成的镜头(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;About ShotBrief</source>
        <translation>关于 ShotBrief(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Untitled Sequence</source>
        <translation>未命名序列</translation>
    </message>
    <message>
        <source>Recovered unsaved changes: save to keep them.</source>
        <translation>已恢复未保存的更改：请保存以保留它们。</translation>
    </message>
    <message>
        <source>Recovery Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>The recovery file cannot be read:
%1

Opening the saved project instead.</source>
        <translation>无法读取恢复文件：
%1

改为打开已保存的项目。</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>只读项目</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Drop all unsaved changes and reload &quot;%1&quot; from disk?</source>
        <translation>放弃所有未保存的更改，并从磁盘重新加载“%1”吗？</translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation>无法还原</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>%1 — ShotBrief</source>
        <translation>%1 — ShotBrief</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s), %1:%2</source>
        <translation>
            <numerusform>%n 个镜头，%1:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message numerus="yes">
        <source> (+%n unpriced)</source>
        <translation>
            <numerusform>（另有 %n 个无价格）</numerusform>
        </translation>
    </message>
    <message>
        <source>   Spent: %1</source>
        <translation>   已花费：%1</translation>
    </message>
    <message>
        <source>Estimate from the price table &quot;%1&quot; (%2)</source>
        <translation>根据价格表“%1”（%2）估算</translation>
    </message>
    <message>
        <source>About ShotBrief</source>
        <translation>关于 ShotBrief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShotBrief %1&lt;/h3&gt;&lt;p&gt;Plan, prompt, generate and preview AI-generated film sequences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShotBrief %1&lt;/h3&gt;&lt;p&gt;规划、撰写提示词、生成并预览 AI 生成的影片序列。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Animatic...</source>
        <translation>导出动态分镜(&amp;A)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Shot</source>
        <translation>镜头(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Play &amp;Sequence</source>
        <translation>播放序列(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Compare Takes</source>
        <translation>比较镜次(&amp;C)</translation>
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
        <translation>导出动态分镜</translation>
    </message>
    <message>
        <source>MPEG-4 video (*.mp4)</source>
        <translation>MPEG-4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Estimated cost: $%1 (price table: %2).</source>
        <translation>预计费用：$%1（价格表：%2）。</translation>
    </message>
    <message>
        <source>Check &amp;Fit with Provider...</source>
        <translation>检查与服务商的适配(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>Export Review &amp;Package...</source>
        <translation>导出审阅包(&amp;P)...</translation>
    </message>
    <message>
        <source>Write a folder the team opens in a browser to approve or comment on each shot</source>
        <translation>写出一个文件夹，团队可在浏览器中打开，对每个镜头批准或提出意见</translation>
    </message>
    <message>
        <source>&amp;Import Review...</source>
        <translation>导入审阅(&amp;I)...</translation>
    </message>
    <message>
        <source>Bring the reviewers&apos; feedback files into the project</source>
        <translation>将审阅人的反馈文件导入项目</translation>
    </message>
    <message>
        <source>Conform to &amp;Edit...</source>
        <translation>按剪辑套底(&amp;E)...</translation>
    </message>
    <message>
        <source>Conformed to the edit: one step to undo</source>
        <translation>已按剪辑套底：可一步撤销</translation>
    </message>
    <message>
        <source>Mark as &amp;Cut</source>
        <translation>标为剪掉(&amp;C)</translation>
    </message>
    <message>
        <source>Shift+E</source>
        <translation>Shift+E</translation>
    </message>
    <message>
        <source>Res&amp;tore to Edit</source>
        <translation>恢复到剪辑(&amp;T)</translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation>导入审阅</translation>
    </message>
    <message>
        <source>Review feedback (*.json);;All files (*)</source>
        <translation>审阅反馈 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not Sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Free on the built-in emulator (would cost $%1 at %2).</source>
        <translation>在内置模拟器上免费（按 %2 计约需 $%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) will not be sent: the provider would refuse them.</source>
        <translation>
            <numerusform>%n 个镜头不会发送：服务商会拒绝它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate %n Shot(s)</source>
        <translation>
            <numerusform>生成 %n 个镜头</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1：免费</translation>
    </message>
    <message>
        <source>%1: no price</source>
        <translation>%1：无价格</translation>
    </message>
    <message>
        <source>%1: free (would cost %2 on %3)</source>
        <translation>%1：免费（在 %3 上约需 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Project: free on the emulator (would cost %1)</source>
        <translation>项目：在模拟器上免费（约需 %1）</translation>
    </message>
    <message>
        <source>The built-in emulator makes placeholder clips at no cost. What they would cost is estimated from the price table &quot;%1&quot; (%2).</source>
        <translation>内置模拟器免费生成占位片段。实际费用按价格表“%1”（%2）估算。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Exported the animatic %1</source>
        <translation>已导出动态分镜 %1</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>分镜图(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Board &amp;Grid</source>
        <translation>分镜网格(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Cannot copy the sample project to %1: check that the folder can be written.</source>
        <translation>无法将示例项目复制到 %1：请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>The sample project: your own copy, in %1</source>
        <translation>示例项目：这是你自己的副本，位于 %1</translation>
    </message>
    <message>
        <source>Continuity &amp;Report...</source>
        <translation>连戏报告(&amp;R)...</translation>
    </message>
</context>
<context>
    <name>ShotBrief::MediaPictures</name>
    <message>
        <source>Save the project first: pictures are copied into its media folder.</source>
        <translation>请先保存项目：图片会被复制到项目的媒体文件夹。</translation>
    </message>
    <message>
        <source>There is no picture to save.</source>
        <translation>没有可保存的图片。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ModelCatalog</name>
    <message>
        <source>The model catalog is %1 MB, more than the %2 MB a catalog may have; it was not read.</source>
        <translation>模型目录有 %1 MB，超过了目录允许的 %2 MB；未读取。</translation>
    </message>
    <message>
        <source>The model catalog is a web page, not JSON: is the base URL the provider&apos;s API?</source>
        <translation>模型目录是网页而不是 JSON：基础 URL 是服务商的 API 吗？</translation>
    </message>
    <message>
        <source>The model catalog is not JSON: %1 at byte %2.</source>
        <translation>模型目录不是 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>Expected an object with a &quot;data&quot; array of models.</source>
        <translation>应为带有模型数组“data”的对象。</translation>
    </message>
    <message>
        <source>Expected a clip length in whole seconds from 1 to %1, got %2.</source>
        <translation>应为 1 到 %1 的整数秒片段时长，实际为 %2。</translation>
    </message>
    <message>
        <source>The catalog lists no models.</source>
        <translation>目录中没有任何模型。</translation>
    </message>
    <message>
        <source>A model has no id.</source>
        <translation>有一个模型没有 ID。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is listed twice.</source>
        <translation>模型“%1”出现了两次。</translation>
    </message>
    <message>
        <source>%1: the catalog gives no clip lengths; left out.</source>
        <translation>%1：目录未给出片段时长；已略去。</translation>
    </message>
    <message>
        <source>%1: the catalog gives no picture size ShotBrief knows; left out.</source>
        <translation>%1：目录未给出 ShotBrief 可识别的画面尺寸；已略去。</translation>
    </message>
    <message>
        <source>No model of the catalog can be planned with: %1</source>
        <translation>目录中没有可用于规划的模型：%1</translation>
    </message>
    <message>
        <source>A model has no name.</source>
        <translation>有一个模型没有名称。</translation>
    </message>
    <message>
        <source>%1: the gateway does not say its clip lengths and sizes; it plans with those of %2 until you edit them.</source>
        <translation>%1：网关未说明其片段时长和尺寸；在你修改之前，按 %2 的时长和尺寸规划。</translation>
    </message>
    <message>
        <source>The gateway lists no video generation models (model_info.mode &quot;video_generation&quot;).</source>
        <translation>网关没有列出任何视频生成模型（model_info.mode 为“video_generation”）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ModelCatalogRefresh</name>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message numerus="yes">
        <source>%n new (%1)</source>
        <translation>
            <numerusform>新增 %n 个（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (%1)</source>
        <translation>
            <numerusform>移除 %n 个（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed (%1)</source>
        <translation>
            <numerusform>变更 %n 个（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::ModelsCommand</name>
    <message>
        <source>first frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>last frame</source>
        <translation>尾帧</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n 张参考图</numerusform>
        </translation>
    </message>
    <message>
        <source>text only</source>
        <translation>仅文本</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>typed in the profile</source>
        <translation>在配置中手动填写</translation>
    </message>
    <message>
        <source>catalog as shipped with ShotBrief, never refreshed</source>
        <translation>ShotBrief 自带的目录，从未刷新</translation>
    </message>
    <message>
        <source>catalog refreshed %1</source>
        <translation>目录刷新于 %1</translation>
    </message>
    <message>
        <source>Lists the models a provider profile offers, as ShotBrief plans with them; --refresh reads them from the provider&apos;s catalog first and keeps them in providers.json.</source>
        <translation>列出服务商配置提供的模型（即 ShotBrief 规划时使用的模型）；--refresh 会先从服务商的目录读取，并保存在 providers.json 中。</translation>
    </message>
    <message>
        <source>A .shotbrief project: its provider is the default profile.</source>
        <translation>一个 .shotbrief 项目：以其服务商作为默认配置。</translation>
    </message>
    <message>
        <source>The provider profile.</source>
        <translation>服务商配置。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Read the provider&apos;s catalog now (OpenRouter, a LiteLLM gateway, ComfyUI&apos;s workflows) and keep it for planning offline.</source>
        <translation>立即读取服务商的模型目录（OpenRouter、LiteLLM 网关、ComfyUI 工作流），并保存下来供离线规划。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Read the catalog from this server instead.</source>
        <translation>改为从此服务器读取目录。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>A providers.json to use instead of the one in the configuration folder.</source>
        <translation>用来替代配置文件夹中那份的 providers.json。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>usage: shotbrief-cli models (--profile NAME | FILE) [--refresh] [--json] [--base-url URL]</source>
        <translation>用法：shotbrief-cli models (--profile 名称 | 文件) [--refresh] [--json] [--base-url URL]</translation>
    </message>
    <message>
        <source>models: unknown profile &quot;%1&quot; (known: %2).</source>
        <translation>models：未知的服务商配置“%1”（已知：%2）。</translation>
    </message>
    <message>
        <source>models: cannot refresh &quot;%1&quot;: %2</source>
        <translation>models：无法刷新“%1”：%2</translation>
    </message>
    <message>
        <source>The models below are the last good ones (%1).</source>
        <translation>下面列出的是最近一次有效的模型（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed &quot;%1&quot;: %n model(s); %2. Kept in %3.</source>
        <translation>
            <numerusform>已刷新“%1”：%n 个模型；%2。已保存到 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::MultipartParser</name>
    <message>
        <source>The multipart/form-data content type has no boundary.</source>
        <translation>multipart/form-data 内容类型没有 boundary。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>请求体大于 %1 字节。</translation>
    </message>
    <message>
        <source>The multipart body does not contain its boundary.</source>
        <translation>multipart 请求体不包含其 boundary。</translation>
    </message>
    <message>
        <source>Malformed multipart boundary line.</source>
        <translation>multipart boundary 行格式错误。</translation>
    </message>
    <message>
        <source>The multipart body is truncated: its closing boundary is missing.</source>
        <translation>multipart 请求体被截断：缺少结束 boundary。</translation>
    </message>
    <message>
        <source>The multipart body has more than %1 parts.</source>
        <translation>multipart 请求体的部分超过 %1 个。</translation>
    </message>
    <message>
        <source>A multipart part has no blank line after its headers.</source>
        <translation>multipart 部分的头部之后没有空行。</translation>
    </message>
    <message>
        <source>A multipart part&apos;s headers are too long.</source>
        <translation>multipart 部分的头部过长。</translation>
    </message>
    <message>
        <source>Malformed multipart part header.</source>
        <translation>multipart 部分头部格式错误。</translation>
    </message>
    <message>
        <source>A multipart part is larger than %1 bytes.</source>
        <translation>multipart 部分大于 %1 字节。</translation>
    </message>
    <message>
        <source>A multipart part has no Content-Disposition name.</source>
        <translation>multipart 部分没有 Content-Disposition 名称。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenAiRoutes</name>
    <message>
        <source>Rate limit reached for requests (injected by the ShotBrief emulator).</source>
        <translation>已达到请求速率限制（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>The server is overloaded or not ready yet (injected by the ShotBrief emulator).</source>
        <translation>服务器过载或尚未就绪（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>The server had an error while processing your request (injected by the ShotBrief emulator).</source>
        <translation>服务器在处理你的请求时出错（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>You didn&apos;t provide an API key. Send it in an Authorization header using Bearer auth (Authorization: Bearer YOUR_KEY) or in an api-key header.</source>
        <translation>你没有提供 API 密钥。请通过 Bearer 认证的 Authorization 头（Authorization: Bearer YOUR_KEY）或 api-key 头发送。</translation>
    </message>
    <message>
        <source>Incorrect API key provided: %1.</source>
        <translation>提供的 API 密钥不正确：%1。</translation>
    </message>
    <message>
        <source>Too many running tasks: %1 of %2 allowed at once. Wait for a job to finish.</source>
        <translation>运行中的任务过多：同时只允许 %2 个，当前 %1 个。请等待任务完成。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 上不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>Unknown request URL: %1 %2.</source>
        <translation>未知的请求 URL：%1 %2。</translation>
    </message>
    <message>
        <source>Unknown request URL.</source>
        <translation>未知的请求 URL。</translation>
    </message>
    <message>
        <source>Could not parse the multipart body: %1</source>
        <translation>无法解析 multipart 请求体：%1</translation>
    </message>
    <message>
        <source>&apos;input_reference&apos; must be an image file.</source>
        <translation>“input_reference”必须是图像文件。</translation>
    </message>
    <message>
        <source>We could not parse the JSON body of your request: %1</source>
        <translation>无法解析你请求中的 JSON 正文：%1</translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected a string.</source>
        <translation>“%1”的类型无效：应为字符串。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: send an object with image_url, or the image as a multipart/form-data file part.</source>
        <translation>“input_reference”无效：请发送带 image_url 的对象，或以 multipart/form-data 文件部分发送图像。</translation>
    </message>
    <message>
        <source>Unsupported content type &apos;%1&apos;: send multipart/form-data or application/json.</source>
        <translation>不支持的内容类型“%1”：请发送 multipart/form-data 或 application/json。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: file_id references are not supported by the ShotBrief emulator; send the image itself.</source>
        <translation>“input_reference”无效：ShotBrief 模拟器不支持 file_id 引用；请直接发送图像。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: the ShotBrief emulator works offline and accepts only data: URLs or file parts.</source>
        <translation>“input_reference”无效：ShotBrief 模拟器离线工作，只接受 data: URL 或文件部分。</translation>
    </message>
    <message>
        <source>Invalid &apos;input_reference&apos;: bad base64 data.</source>
        <translation>“input_reference”无效：base64 数据有误。</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;prompt&apos;.</source>
        <translation>缺少必需参数：“prompt”。</translation>
    </message>
    <message>
        <source>Invalid &apos;prompt&apos;: it must be 1 to %1 characters long (got %2).</source>
        <translation>“prompt”无效：长度必须为 1 到 %1 个字符（实际 %2）。</translation>
    </message>
    <message>
        <source>Invalid &apos;model&apos;: &apos;%1&apos;. Supported values are: &apos;sora-2&apos; and &apos;sora-2-pro&apos;.</source>
        <translation>“model”无效：“%1”。支持的值：“sora-2”和“sora-2-pro”。</translation>
    </message>
    <message>
        <source>Invalid &apos;seconds&apos;: &apos;%1&apos;. Supported values are: &apos;4&apos;, &apos;8&apos; and &apos;12&apos;.</source>
        <translation>“seconds”无效：“%1”。支持的值：“4”、“8”和“12”。</translation>
    </message>
    <message>
        <source>Invalid &apos;size&apos;: &apos;%1&apos; for model %2. Supported values are: %3.</source>
        <translation>模型 %2 的“size”无效：“%1”。支持的值：%3。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The emulator could not store the reference image.</source>
        <translation>模拟器无法保存参考图。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; not found.</source>
        <translation>未找到视频“%1”。</translation>
    </message>
    <message>
        <source>Invalid &apos;limit&apos;: it must be an integer from 0 to 100.</source>
        <translation>“limit”无效：必须是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Invalid &apos;order&apos;: &apos;%1&apos;. Supported values are: &apos;asc&apos; and &apos;desc&apos;.</source>
        <translation>“order”无效：“%1”。支持的值：“asc”和“desc”。</translation>
    </message>
    <message>
        <source>Invalid &apos;after&apos;: no video with id &apos;%1&apos;.</source>
        <translation>“after”无效：没有 ID 为“%1”的视频。</translation>
    </message>
    <message>
        <source>Invalid &apos;variant&apos;: &apos;%1&apos;. Supported values are: &apos;video&apos;, &apos;thumbnail&apos; and &apos;spritesheet&apos;.</source>
        <translation>“variant”无效：“%1”。支持的值：“video”、“thumbnail”和“spritesheet”。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; failed; it has no content.</source>
        <translation>视频“%1”生成失败；没有内容。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; is not ready yet (status %2).</source>
        <translation>视频“%1”尚未就绪（状态 %2）。</translation>
    </message>
    <message>
        <source>The content of video &apos;%1&apos; has expired.</source>
        <translation>视频“%1”的内容已过期。</translation>
    </message>
    <message>
        <source>The content of video &apos;%1&apos; is missing.</source>
        <translation>视频“%1”的内容缺失。</translation>
    </message>
    <message>
        <source>Requested range not satisfiable.</source>
        <translation>请求的范围无法满足。</translation>
    </message>
    <message>
        <source>Uploading a video is not supported by the ShotBrief emulator; send video[id] of a completed video.</source>
        <translation>ShotBrief 模拟器不支持上传视频；请发送已完成视频的 video[id]。</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;video&apos;.</source>
        <translation>缺少必需参数：“video”。</translation>
    </message>
    <message>
        <source>Invalid &apos;seconds&apos;: &apos;%1&apos;. Supported values are: &apos;4&apos;, &apos;8&apos;, &apos;12&apos;, &apos;16&apos; and &apos;20&apos;.</source>
        <translation>“seconds”无效：“%1”。支持的值：“4”、“8”、“12”、“16”和“20”。</translation>
    </message>
    <message>
        <source>Video &apos;%1&apos; must be completed before it can be %2 (status %3).</source>
        <translation>视频“%1”必须先完成才能被%2（状态 %3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an image file.</source>
        <translation>“%1”必须是图像文件。</translation>
    </message>
    <message>
        <source>Invalid &apos;last_frame&apos;: send an object with a data: image_url, or the image as a file part.</source>
        <translation>“last_frame”无效：请发送带 data: image_url 的对象，或以文件部分发送图像。</translation>
    </message>
    <message>
        <source>Invalid &apos;reference_images&apos;: send objects with a data: image_url, or the images as file parts.</source>
        <translation>“reference_images”无效：请发送带 data: image_url 的对象，或以文件部分发送图像。</translation>
    </message>
    <message>
        <source>Invalid &apos;%1&apos;: unsupported image type. Supported types are image/jpeg, image/png and image/webp.</source>
        <translation>“%1”无效：不支持的图像类型。支持的类型为 image/jpeg、image/png 和 image/webp。</translation>
    </message>
    <message>
        <source>Invalid &apos;%1&apos;: the image is %2 but must match the requested size %3 exactly.</source>
        <translation>“%1”无效：图像为 %2，但必须与请求的尺寸 %3 完全一致。</translation>
    </message>
    <message>
        <source>Invalid &apos;reference_images&apos;: at most %1 images, got %2.</source>
        <translation>“reference_images”无效：最多 %1 张图像，收到 %2 张。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenAiVideoProvider</name>
    <message>
        <source>larger than 50 MB</source>
        <translation>大于 50 MB</translation>
    </message>
    <message>
        <source>Cannot read the first frame %1: %2</source>
        <translation>无法读取首帧 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenRouterRoutes</name>
    <message>
        <source>Rate limit exceeded (injected by the ShotBrief emulator).</source>
        <translation>超出速率限制（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>Service unavailable (injected by the ShotBrief emulator).</source>
        <translation>服务不可用（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>Internal server error (injected by the ShotBrief emulator).</source>
        <translation>服务器内部错误（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>No auth credentials found: send Authorization: Bearer &lt;OPENROUTER_API_KEY&gt;.</source>
        <translation>未找到认证凭据：请发送 Authorization: Bearer &lt;OPENROUTER_API_KEY&gt;。</translation>
    </message>
    <message>
        <source>User not found.</source>
        <translation>未找到用户。</translation>
    </message>
    <message>
        <source>Unsupported request: %1 %2.</source>
        <translation>不支持的请求：%1 %2。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>model is required.</source>
        <translation>必须提供 model。</translation>
    </message>
    <message>
        <source>%1 is not a valid video model ID.</source>
        <translation>%1 不是有效的视频模型 ID。</translation>
    </message>
    <message>
        <source>prompt must be a string.</source>
        <translation>prompt 必须是字符串。</translation>
    </message>
    <message>
        <source>A prompt or a frame image is required.</source>
        <translation>需要提供提示词或帧图像。</translation>
    </message>
    <message>
        <source>prompt must be at most %1 characters.</source>
        <translation>prompt 最多 %1 个字符。</translation>
    </message>
    <message>
        <source>duration must be a whole number of seconds.</source>
        <translation>duration 必须是整数秒。</translation>
    </message>
    <message>
        <source>Unsupported duration %1 for %2; supported: %3.</source>
        <translation>%2 不支持时长 %1；支持：%3。</translation>
    </message>
    <message>
        <source>Unsupported size %1 for %2; supported: %3.</source>
        <translation>%2 不支持尺寸 %1；支持：%3。</translation>
    </message>
    <message>
        <source>none (use resolution and aspect_ratio)</source>
        <translation>无（请使用 resolution 和 aspect_ratio）</translation>
    </message>
    <message>
        <source>%1 takes a size (%2), not a resolution or aspect ratio.</source>
        <translation>%1 接受尺寸（%2），而不是分辨率或宽高比。</translation>
    </message>
    <message>
        <source>The model %1 lists no output format.</source>
        <translation>模型 %1 没有列出任何输出格式。</translation>
    </message>
    <message>
        <source>Unsupported resolution %1 for %2; supported: %3.</source>
        <translation>%2 不支持分辨率 %1；支持：%3。</translation>
    </message>
    <message>
        <source>Unsupported aspect_ratio %1 for %2; supported: %3.</source>
        <translation>%2 不支持宽高比 %1；支持：%3。</translation>
    </message>
    <message>
        <source>Unsupported resolution %1 or aspect_ratio %2.</source>
        <translation>不支持的分辨率 %1 或宽高比 %2。</translation>
    </message>
    <message>
        <source>seed must be an integer.</source>
        <translation>seed 必须是整数。</translation>
    </message>
    <message>
        <source>generate_audio must be true or false.</source>
        <translation>generate_audio 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>type must be &quot;image_url&quot;.</source>
        <translation>type 必须是“image_url”。</translation>
    </message>
    <message>
        <source>image_url.url must be an https URL or a data URL.</source>
        <translation>image_url.url 必须是 https URL 或 data URL。</translation>
    </message>
    <message>
        <source>the image is larger than 20 MB.</source>
        <translation>图像大于 20 MB。</translation>
    </message>
    <message>
        <source>not a base64 JPEG, PNG or WebP data URL.</source>
        <translation>不是 base64 编码的 JPEG、PNG 或 WebP data URL。</translation>
    </message>
    <message>
        <source>%1 does not accept the frame_type &quot;%2&quot; (accepted: %3).</source>
        <translation>%1 不接受 frame_type“%2”（接受：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Only one %1 is allowed.</source>
        <translation>只允许一个 %1。</translation>
    </message>
    <message>
        <source>At most %1 input_references are allowed.</source>
        <translation>最多允许 %1 个 input_references。</translation>
    </message>
    <message>
        <source>Too many video generations running: %1 at once. Wait for one to finish.</source>
        <translation>正在运行的视频生成过多：最多同时 %1 个。请等待其中一个完成。</translation>
    </message>
    <message>
        <source>The emulator could not store the image.</source>
        <translation>模拟器无法保存图像。</translation>
    </message>
    <message>
        <source>Video generation job %1 not found.</source>
        <translation>未找到视频生成任务 %1。</translation>
    </message>
    <message>
        <source>The job has no output %1.</source>
        <translation>该任务没有输出 %1。</translation>
    </message>
    <message>
        <source>The output of job %1 has expired.</source>
        <translation>任务 %1 的输出已过期。</translation>
    </message>
    <message>
        <source>Job %1 is not completed (status %2).</source>
        <translation>任务 %1 尚未完成（状态 %2）。</translation>
    </message>
    <message>
        <source>The output of job %1 is missing.</source>
        <translation>任务 %1 的输出缺失。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::OpenRouterVideoProvider</name>
    <message>
        <source>The answer to the create request was lost: outcome unknown; check your OpenRouter activity page before retrying (OpenRouter cannot list video jobs, so ShotBrief does not send it again).</source>
        <translation>创建请求的应答丢失：结果未知；重试前请查看你的 OpenRouter 活动页面（OpenRouter 无法列出视频任务，因此 ShotBrief 不会再次发送）。</translation>
    </message>
    <message>
        <source>Cannot send %1: not an image.</source>
        <translation>无法发送 %1：不是图像。</translation>
    </message>
    <message>
        <source>Cannot send %1: %2</source>
        <translation>无法发送 %1：%2</translation>
    </message>
    <message>
        <source>Cannot send %1: larger than %2 MB.</source>
        <translation>无法发送 %1：大于 %2 MB。</translation>
    </message>
    <message>
        <source>%1 takes no pictures on OpenRouter: remove the shot&apos;s first frame, or choose a model that takes one.</source>
        <translation>%1 在 OpenRouter 上不接受图像：请移除该镜头的首帧，或选择接受首帧的模型。</translation>
    </message>
    <message>
        <source>OpenRouter&apos;s answer about the job is unreadable.</source>
        <translation>无法读取 OpenRouter 关于该任务的应答。</translation>
    </message>
    <message>
        <source>OpenRouter reports job %1 completed but gives no video URL; the take stays in flight and is checked again.</source>
        <translation>OpenRouter 报告任务 %1 已完成，但没有给出视频 URL；该镜次保持进行中，并会再次检查。</translation>
    </message>
    <message>
        <source>OpenRouter did not report what job %1 cost; the ledger keeps the estimate.</source>
        <translation>OpenRouter 未报告任务 %1 的费用；支出记录保留预估金额。</translation>
    </message>
    <message>
        <source>OpenRouter reported a negative cost (%1) for job %2; ignored, the ledger keeps the estimate.</source>
        <translation>OpenRouter 报告任务 %2 的费用为负数（%1）；已忽略，支出记录保留预估金额。</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>任务已被取消。</translation>
    </message>
    <message>
        <source>OpenRouter gave no reason.</source>
        <translation>OpenRouter 未给出原因。</translation>
    </message>
    <message>
        <source>OpenRouter no longer has job %1: it expired.</source>
        <translation>OpenRouter 已不再保留任务 %1：已过期。</translation>
    </message>
    <message>
        <source>OpenRouter reports the unknown status &quot;%1&quot; for job %2.</source>
        <translation>OpenRouter 报告任务 %2 的状态未知：“%1”。</translation>
    </message>
    <message>
        <source>OpenRouter provides no %1.</source>
        <translation>OpenRouter 不提供 %1。</translation>
    </message>
    <message>
        <source>OpenRouter answered the download with %1 instead of a video; nothing was kept. The download is tried again the next time generation starts.</source>
        <translation>OpenRouter 对下载请求返回的是 %1 而不是视频；未保留任何内容。下次开始生成时会重新尝试下载。</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>OpenRouter has no remix: generate a new take instead.</source>
        <translation>OpenRouter 不支持混编：请改为生成新的镜次。</translation>
    </message>
    <message>
        <source>OpenRouter cannot stop a job that has started; it finishes and is billed, and ShotBrief does not download it.</source>
        <translation>OpenRouter 无法停止已开始的任务；任务会完成并计费，ShotBrief 不会下载它。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PaletteEditor</name>
    <message>
        <source>Add Colour</source>
        <translation>添加颜色</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>colour name the model understands</source>
        <translation>模型能理解的颜色名称</translation>
    </message>
    <message>
        <source>Remove this colour</source>
        <translation>移除此颜色</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Colour %1: choose its shade</source>
        <translation>颜色 %1：选择色调</translation>
    </message>
    <message>
        <source>Colour %1 name</source>
        <translation>颜色 %1 名称</translation>
    </message>
    <message>
        <source>Remove colour %1</source>
        <translation>删除颜色 %1</translation>
    </message>
    <message>
        <source>Add a colour anchor (up to %1)</source>
        <translation>添加一个颜色锚点（最多 %1 种）</translation>
    </message>
    <message>
        <source>A palette holds at most %1 colours: remove one to add another.</source>
        <translation>色板最多 %1 种颜色：先删掉一种才能再添加。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Preflight</name>
    <message>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
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
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: the provider would refuse %n shot(s) (%1).</source>
        <translation>
            <numerusform>未发送任何请求：服务商会拒绝 %n 个镜头（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShotBrief::PriceTable</name>
    <message>
        <source>cannot read the price table: %1</source>
        <translation>无法读取价格表：%1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected the table&apos;s name</source>
        <translation>缺少价格表名称</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2026-08-01&quot;</source>
        <translation>应为日期，例如“2026-08-01”</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>only &quot;USD&quot; is supported</source>
        <translation>只支持“USD”</translation>
    </message>
    <message>
        <source>expected a list of prices</source>
        <translation>应为价格列表</translation>
    </message>
    <message>
        <source>expected an object with model, size and usd_per_second</source>
        <translation>应为包含 model、size 和 usd_per_second 的对象</translation>
    </message>
    <message>
        <source>expected a model id such as &quot;sora-2&quot;</source>
        <translation>应为模型 ID，例如“sora-2”</translation>
    </message>
    <message>
        <source>expected a size such as &quot;1280x720&quot;, or &quot;*&quot; for every size</source>
        <translation>应为尺寸，例如“1280x720”，或用“*”表示所有尺寸</translation>
    </message>
    <message>
        <source>expected a size such as &quot;1280x720&quot;, or &quot;*&quot; for every size, got &quot;%1&quot;</source>
        <translation>应为尺寸，例如“1280x720”，或用“*”表示所有尺寸，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a price in USD per second, such as 0.10</source>
        <translation>应为每秒美元价格，例如 0.10</translation>
    </message>
    <message>
        <source>expected zero or a positive price</source>
        <translation>价格应为零或正数</translation>
    </message>
    <message>
        <source>%1 at %2 is priced twice</source>
        <translation>%1 在 %2 下的价格重复定义</translation>
    </message>
    <message>
        <source>built-in price table (missing)</source>
        <translation>内置价格表（缺失）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectCapabilities</name>
    <message>
        <source>The project names the provider &quot;%1&quot;, which is not configured; planning with the built-in emulator&apos;s capabilities instead.</source>
        <translation>项目指定的服务商“%1”尚未配置；改为按内置模拟器的能力进行规划。</translation>
    </message>
    <message>
        <source>prices of the provider profile &quot;%1&quot;</source>
        <translation>服务商配置“%1”的价格</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectDocument</name>
    <message>
        <source>The project has no file yet: use Save As.</source>
        <translation>项目还没有文件：请使用“另存为”。</translation>
    </message>
    <message>
        <source>This project was written by a newer version of ShotBrief and is open read-only; use Save As to write a copy in this version&apos;s format.</source>
        <translation>此项目由更新版本的 ShotBrief 写入，已以只读方式打开；请用“另存为”以本版本的格式写入副本。</translation>
    </message>
    <message>
        <source>The project has never been saved: there is nothing to revert to.</source>
        <translation>该项目从未保存过：没有可以还原到的版本。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Delete shot</source>
        <translation>删除镜头</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shots</source>
        <translation>
            <numerusform>删除 %n 个镜头</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate shots</source>
        <translation>复制镜头</translation>
    </message>
    <message>
        <source>Move shot</source>
        <translation>移动镜头</translation>
    </message>
    <message>
        <source>Move shots</source>
        <translation>移动镜头</translation>
    </message>
    <message>
        <source>The spend ledger has no entry for take %1.</source>
        <translation>支出记录中没有镜次 %1 的条目。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n shots as cut</source>
        <translation>
            <numerusform>将 %n 个镜头标为剪掉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n shots</source>
        <translation>
            <numerusform>恢复 %n 个镜头</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder shots</source>
        <translation>重排镜头</translation>
    </message>
    <message>
        <source>The shot no longer exists.</source>
        <translation>该镜头已不存在。</translation>
    </message>
    <message>
        <source>Use board as first frame of %1</source>
        <translation>将分镜图用作%1的首帧</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>拆分%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectFile</name>
    <message>
        <source>leads outside the media folder through a symbolic link</source>
        <translation>通过符号链接指向了媒体文件夹之外</translation>
    </message>
    <message>
        <source>is a symbolic link to something that does not exist</source>
        <translation>是指向不存在目标的符号链接</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is %1 MB; project files over %2 MB are refused</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的项目文件会被拒绝</translation>
    </message>
    <message>
        <source>could not open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>refusing to save: the project is in file format %1, newer than this version writes (%2)</source>
        <translation>拒绝保存：项目使用的文件格式 %1 比本版本写入的格式（%2）更新</translation>
    </message>
    <message>
        <source>could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>no path given</source>
        <translation>未给出路径</translation>
    </message>
    <message>
        <source>%1 is an absolute path; media paths are relative to the media folder</source>
        <translation>%1 是绝对路径；媒体路径应相对于媒体文件夹</translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation>%1 包含控制字符</translation>
    </message>
    <message>
        <source>%1 leads outside the media folder (&quot;..&quot; is not allowed)</source>
        <translation>%1 指向媒体文件夹之外（不允许使用“..”）</translation>
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
        <translation>字符串 %1</translation>
    </message>
    <message>
        <source>expected a camera term (text), got %1</source>
        <translation>应为镜头术语（文本），实际为 %1</translation>
    </message>
    <message>
        <source> (skipped: the file is from a newer version)</source>
        <translation>（已跳过：文件来自更新的版本）</translation>
    </message>
    <message>
        <source>opening this file would take more than %1 MB of memory: it holds too many items for its size</source>
        <translation>打开此文件将占用超过 %1 MB 内存：相对其大小，它包含的条目过多</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>expected an amount in US dollars, got %1</source>
        <translation>应为美元金额，实际为 %1</translation>
    </message>
    <message>
        <source>expected an amount of 0 or more, got %1</source>
        <translation>应为 0 或更大的金额，实际为 %1</translation>
    </message>
    <message>
        <source>expected a UTC time such as &quot;2026-09-24T18:30:00Z&quot;, got %1</source>
        <translation>应为 UTC 时间，例如“2026-09-24T18:30:00Z”，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;detailed&quot; or &quot;concise&quot;, got %1</source>
        <translation>应为“detailed”或“concise”，实际为 %1</translation>
    </message>
    <message>
        <source>expected one of draft, submitting, queued, in_progress, downloading, ready, failed, canceled, expired, got %1</source>
        <translation>应为 draft、submitting、queued、in_progress、downloading、ready、failed、canceled、expired 之一，实际为 %1</translation>
    </message>
    <message>
        <source>unknown key, not kept: it will be lost when saving</source>
        <translation>未知的键，未保留：保存时会丢失</translation>
    </message>
    <message>
        <source>expected a ShotBrief project (a JSON object) at the top level, got %1</source>
        <translation>顶层应为 ShotBrief 项目（JSON 对象），实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>a string longer than %1 KiB</source>
        <translation>字符串长度超过 %1 KiB</translation>
    </message>
    <message>
        <source>opening this file would take more than %1 MB of memory: %2 objects (%3 shots) in %4 MB</source>
        <translation>打开此文件将占用超过 %1 MB 内存：%4 MB 中有 %2 个对象（%3 个镜头）</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>无效的 JSON</translation>
    </message>
    <message>
        <source>missing: this does not look like a ShotBrief project</source>
        <translation>缺失：这看起来不像 ShotBrief 项目</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ShotBrief (file format %2; this version reads up to %3). It is open read-only so that nothing in it is lost.</source>
        <translation>%1 由更新版本的 ShotBrief 写入（文件格式 %2；本版本最多读取 %3）。它以只读方式打开，以免丢失任何内容。</translation>
    </message>
    <message>
        <source>the project has too many cross-references to check (%1 look-ups of scenes, cast members and parent takes)</source>
        <translation>项目中的交叉引用过多，无法检查（场景、演员和父镜次共需查找 %1 次）</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>……另有 %1 个问题</translation>
    </message>
    <message>
        <source>%1: ... and %2 more warnings</source>
        <translation>%1：……另有 %2 条警告</translation>
    </message>
    <message>
        <source>expected &quot;&quot; (automatic), &quot;en&quot;, &quot;zh_CN&quot; or &quot;ja&quot;, got %1</source>
        <translation>应为“”（自动）、“en”、“zh_CN”或“ja”，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;&quot;, &quot;changed&quot; or &quot;cut&quot;, got %1</source>
        <translation>应为“”、“changed”或“cut”，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected one of generate, remix, extend, edit, import, got %1</source>
        <translation>应为 generate、remix、extend、edit、import 之一，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;approved&quot;, &quot;changes_requested&quot; or &quot;&quot;, got %1</source>
        <translation>应为 &quot;approved&quot;、&quot;changes_requested&quot; 或 &quot;&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>This is not a ShotBrief project: it looks like %1.</source>
        <translation>这不是 ShotBrief 项目：它看起来是%1。</translation>
    </message>
    <message>
        <source>%1 is not a ShotBrief project: it looks like %2.</source>
        <translation>%1 不是 ShotBrief 项目：它看起来是%2。</translation>
    </message>
    <message>
        <source>%1; the board is kept as it is and cannot be drawn on until its file is back</source>
        <translation>%1；分镜图保持原样，在其文件恢复之前无法在上面绘制</translation>
    </message>
    <message>
        <source>could not save the board of %1: cannot create the folder</source>
        <translation>无法保存%1的分镜图：无法创建文件夹</translation>
    </message>
    <message>
        <source>could not save the board of %1: %2</source>
        <translation>无法保存%1的分镜图：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Style bible</source>
        <translation>风格手册</translation>
    </message>
    <message>
        <source>The look shared by all shots; a shot&apos;s own value overrides it.</source>
        <translation>所有镜头共用的风格；镜头自身的设置优先。</translation>
    </message>
    <message>
        <source>&amp;Lens/style:</source>
        <translation>焦段/风格(&amp;L)：</translation>
    </message>
    <message>
        <source>anamorphic 40mm, 35mm film grain</source>
        <translation>变形宽银幕 40mm，35mm 胶片颗粒</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>情绪(&amp;M)：</translation>
    </message>
    <message>
        <source>melancholy, warm</source>
        <translation>忧郁，温暖</translation>
    </message>
    <message>
        <source>Li&amp;ghting logic:</source>
        <translation>光线逻辑(&amp;G)：</translation>
    </message>
    <message>
        <source>sodium vapour from above, neon fill from the stalls</source>
        <translation>头顶的钠灯光，摊位霓虹补光</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>色板(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员表</translation>
    </message>
    <message>
        <source>Add Character</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reused word for word in every prompt: a woman in her thirties, short black bob, yellow raincoat...</source>
        <translation>在每条提示词中逐字复用：一位三十多岁的女性，黑色短波波头，黄色雨衣……</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>身份描述(&amp;I)：</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Double-click to rename: INT. NOODLE BAR - NIGHT</source>
        <translation>双击重命名：内景 面馆 - 夜</translation>
    </message>
    <message>
        <source>Add Scene</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <source>NEW SCENE</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>New character</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Remove scene %1</source>
        <translation>移除场景 %1</translation>
    </message>
    <message>
        <source>Default mo&amp;del:</source>
        <translation>默认模型(&amp;D)：</translation>
    </message>
    <message>
        <source>Default si&amp;ze:</source>
        <translation>默认尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>New shots&apos; lengt&amp;h:</source>
        <translation>新镜头时长(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1（不提供）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Prompt language</source>
        <translation>提示词语言</translation>
    </message>
    <message>
        <source>The language of the prompt&apos;s headings and camera terms. Automatic follows the language most of the brief is written in; your own words are never translated.</source>
        <translation>提示词中标题和镜头术语所用的语言。“自动”会采用简报中占多数的语言；你自己写的内容永远不会被翻译。</translation>
    </message>
    <message>
        <source>Prompt lang&amp;uage:</source>
        <translation>提示词语言(&amp;U)：</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>Remove the selected character</source>
        <translation>移除所选角色</translation>
    </message>
    <message>
        <source>Remove the selected scene</source>
        <translation>移除所选场景</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PromptDelta</name>
    <message>
        <source>same prompt</source>
        <translation>相同提示词</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PromptPanel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Composed prompt</source>
        <translation>合成后的提示词</translation>
    </message>
    <message>
        <source>The prompt of the selected shot appears here.</source>
        <translation>所选镜头的提示词显示在这里。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>No shot selected.</source>
        <translation>未选择镜头。</translation>
    </message>
    <message>
        <source>✓ No findings: the brief covers the essentials.</source>
        <translation>✓ 没有检查结果：简报已涵盖要点。</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 hints. Click a finding to edit its field.</source>
        <translation>%1 个错误，%2 个警告，%3 个提示。点击检查结果可编辑对应字段。</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Copy the composed prompt to the clipboard</source>
        <translation>将合成后的提示词复制到剪贴板</translation>
    </message>
    <message>
        <source>Generate &amp;Again</source>
        <translation>重新生成(&amp;A)</translation>
    </message>
    <message>
        <source>The circled take was made from an older brief: generate a new take of the shot as it is now</source>
        <translation>圈选镜次来自旧版简报：按镜头当前的内容生成新镜次</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Finding in full</source>
        <translation>检查结果全文</translation>
    </message>
    <message>
        <source>Select a finding to read it in full.</source>
        <translation>选择一条检查结果以查看全文。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::PromptSheet</name>
    <message>
        <source>Shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>Prompt sheet exported %1</source>
        <translation>提示词表导出于 %1</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>总时长</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>Style bible</source>
        <translation>风格手册</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员表</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Circled take</source>
        <translation>圈选镜次</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Prompt sheet</source>
        <translation>提示词表</translation>
    </message>
    <message>
        <source>Prompt sheet, %1</source>
        <translation>提示词表，%1</translation>
    </message>
    <message numerus="yes">
        <source> (%n shot(s) without a price)</source>
        <translation>
            <numerusform>（%n 个镜头无价格）</numerusform>
        </translation>
    </message>
    <message>
        <source>, prices: %1</source>
        <translation>，价格：%1</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>迄今已花费</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>#%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Model and size</source>
        <translation>模型与尺寸</translation>
    </message>
    <message>
        <source>estimate %1</source>
        <translation>预估 %1</translation>
    </message>
    <message>
        <source>no price for this model and size</source>
        <translation>此模型和尺寸没有价格</translation>
    </message>
    <message>
        <source>, take %1</source>
        <translation>，镜次 %1</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>（无说话人）</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有检查结果。</translation>
    </message>
    <message>
        <source>prefers take %1</source>
        <translation>首选镜次 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>%1 s (%2 s in the cut)</source>
        <translation>%1 秒（剪辑中 %2 秒）</translation>
    </message>
    <message>
        <source>circled</source>
        <translation>已圈选</translation>
    </message>
    <message>
        <source>circled (%1)</source>
        <translation>已圈选（%1）</translation>
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
        <translation>服务商“%1”需要适配器“%2”，但此版本没有（已知：%3）。</translation>
    </message>
    <message>
        <source>Runway&apos;s API</source>
        <translation>Runway 的 API</translation>
    </message>
    <message>
        <source>ComfyUI&apos;s API</source>
        <translation>ComfyUI 的 API</translation>
    </message>
    <message>
        <source>the OpenAI Videos API</source>
        <translation>OpenAI Videos API</translation>
    </message>
    <message>
        <source>%1 does not answer at %2: using the built-in emulator speaking %3 (placeholder clips, no cost).</source>
        <translation>%1 在 %2 没有响应：改用以%3通信的内置模拟器（占位片段，不产生费用）。</translation>
    </message>
    <message>
        <source>No API key for %1: using the built-in emulator speaking %2 (placeholder clips, no cost).</source>
        <translation>%1 没有 API 密钥：改用以%2通信的内置模拟器（占位片段，不产生费用）。</translation>
    </message>
    <message>
        <source>OpenRouter&apos;s API</source>
        <translation>OpenRouter 的 API</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderFit</name>
    <message>
        <source>Change to %1 s</source>
        <translation>改为 %1 秒</translation>
    </message>
    <message>
        <source>Change the size to %1</source>
        <translation>将尺寸改为 %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>The provider does not offer the project&apos;s default model %1.</source>
        <translation>该服务商不提供项目的默认模型 %1。</translation>
    </message>
    <message>
        <source>%1 does not make the project&apos;s default size %2.</source>
        <translation>%1 不能生成项目的默认尺寸 %2。</translation>
    </message>
    <message>
        <source>New shots would be %1 s long; %2 makes %3 s.</source>
        <translation>新镜头将为 %1 秒；%2 可生成 %3 秒。</translation>
    </message>
    <message>
        <source>The provider does not offer the model %1.</source>
        <translation>该服务商不提供模型 %1。</translation>
    </message>
    <message>
        <source>Use the project default (%1)</source>
        <translation>使用项目默认值（%1）</translation>
    </message>
    <message>
        <source>%1 does not make %2 clips (it makes %3).</source>
        <translation>%1 不能生成 %2 的片段（可生成 %3）。</translation>
    </message>
    <message>
        <source>%1 does not make %2-second clips (it makes %3 s).</source>
        <translation>%1 不能生成 %2 秒的片段（可生成 %3 秒）。</translation>
    </message>
    <message>
        <source>Split into %1 s</source>
        <translation>拆分为 %1 秒</translation>
    </message>
    <message>
        <source>Fit the project to %1</source>
        <translation>使项目适配 %1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderFitDialog</name>
    <message>
        <source>Fit with %1</source>
        <translation>与 %1 的适配</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>应用修正(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>The project fits %1: every shot has a length, model and size it makes.</source>
        <translation>项目适配 %1：每个镜头的时长、模型和尺寸都可生成。</translation>
    </message>
    <message>
        <source>The project is read-only; save a copy to fix it for %1.</source>
        <translation>项目为只读；请另存副本后再为 %1 修正。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) in the project do not fit %1. Choose a fix for each row; all chosen fixes are applied as one step you can undo.</source>
        <translation>
            <numerusform>项目中有 %n 处不适配 %1。请为每一行选择修正方式；所选修正将作为一个可撤销的步骤一并应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit the project to %1</source>
        <translation>使项目适配 %1</translation>
    </message>
    <message>
        <source>What does not fit, and the fixes</source>
        <translation>不匹配之处及修正方法</translation>
    </message>
    <message>
        <source>Fix for %1</source>
        <translation>%1 的修正</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderHttp</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>服务商未及时应答。</translation>
    </message>
    <message>
        <source>Cannot reach the provider at %1: %2</source>
        <translation>无法连接位于 %1 的服务商：%2</translation>
    </message>
    <message>
        <source>The download was cut short; it will be restarted.</source>
        <translation>下载被中断；将重新开始。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is larger than %1 MB; refused.</source>
        <translation>服务商的应答大于 %1 MB；已拒绝。</translation>
    </message>
    <message>
        <source>The download is larger than the %1 bytes expected; stopped.</source>
        <translation>下载内容超过预期的 %1 字节；已停止。</translation>
    </message>
    <message>
        <source>The download stalled (less than %1 KB in %2 s); it will be restarted.</source>
        <translation>下载停滞（%2 秒内不足 %1 KB）；将重新开始。</translation>
    </message>
    <message>
        <source>The provider took longer than %1 s to answer; stopped.</source>
        <translation>服务商应答超过 %1 秒；已停止。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the provider answered.</source>
        <translation>在服务商应答之前，与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>The provider redirected too often or nowhere.</source>
        <translation>服务商重定向次数过多或无目标。</translation>
    </message>
    <message>
        <source>The provider redirected to an insecure address; refused.</source>
        <translation>服务商重定向到不安全的地址；已拒绝。</translation>
    </message>
    <message>
        <source>No HTTP status in the provider&apos;s answer.</source>
        <translation>服务商的应答中没有 HTTP 状态。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderNames</name>
    <message>
        <source>Built-in emulator as %1</source>
        <translation>内置模拟器（代替 %1）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderProfiles</name>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Expected an object with a &quot;providers&quot; array.</source>
        <translation>应为带有“providers”数组的对象。</translation>
    </message>
    <message>
        <source>A provider needs a name.</source>
        <translation>服务商需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation>“%1”不是绝对 URL。</translation>
    </message>
    <message>
        <source>Unknown auth style &quot;%1&quot; (bearer, api-key or none).</source>
        <translation>未知的认证方式“%1”（bearer、api-key 或 none）。</translation>
    </message>
    <message>
        <source>Keys do not belong in the settings file: use the environment variable named by &quot;key_env&quot; or the keychain.</source>
        <translation>密钥不应写在设置文件中：请使用“key_env”指定的环境变量或钥匙串。</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>The settings file is too large.</source>
        <translation>设置文件过大。</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no valid base URL.</source>
        <translation>服务商“%1”没有有效的基础 URL。</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; uses %2 without TLS: the API key would travel in clear text. Use https, or set &quot;allow_http&quot; in its profile for a trusted network.</source>
        <translation>服务商“%1”在没有 TLS 的情况下使用 %2：API 密钥会以明文传输。请使用 https，或在可信网络中于其配置里设置“allow_http”。</translation>
    </message>
    <message>
        <source>Built-in emulator</source>
        <translation>内置模拟器</translation>
    </message>
    <message>
        <source>Expected a price in USD per second (such as 0.12), or an object of prices by size.</source>
        <translation>应为每秒美元价格（例如 0.12），或按尺寸列出价格的对象。</translation>
    </message>
    <message>
        <source>Expected a size such as &quot;1280x720&quot;, or &quot;*&quot; for every size.</source>
        <translation>应为类似“1280x720”的尺寸，或用“*”表示所有尺寸。</translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的服务商配置。</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>Expected a whole number of reference images from 0 to 16.</source>
        <translation>参考图数量应为 0 到 16 的整数。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderProfilesEditor</name>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Provider Profiles</source>
        <translation>服务商配置</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>A new profile for an OpenAI-compatible server</source>
        <translation>为兼容 OpenAI 的服务器新建配置</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>An editable copy of the selected profile</source>
        <translation>所选配置的可编辑副本</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>API keys are never written here: Preferences stores them in the system keychain, or set the profile&apos;s key environment variable.</source>
        <translation>API 密钥从不写入此处：请在“首选项”中将其保存到系统钥匙串，或设置该配置的密钥环境变量。</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>新服务商</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed: Duplicate makes an editable copy.</source>
        <translation>内置配置不可更改：点击“复制”可得到可编辑的副本。</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Projects and the keychain refer to the profile by this name.</source>
        <translation>项目和钥匙串通过此名称引用该配置。</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>标识符(&amp;I)：</translation>
    </message>
    <message>
        <source>Adapte&amp;r:</source>
        <translation>适配器(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host (trusted network only)</source>
        <translation>允许以明文 HTTP 连接此主机（仅限可信网络）(&amp;H)</translation>
    </message>
    <message>
        <source>Bearer token (Authorization: Bearer)</source>
        <translation>Bearer 令牌（Authorization: Bearer）</translation>
    </message>
    <message>
        <source>api-key header (Azure OpenAI)</source>
        <translation>api-key 请求头（Azure OpenAI）</translation>
    </message>
    <message>
        <source>None (local server)</source>
        <translation>无（本地服务器）</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>认证方式(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Key environment variable:</source>
        <translation>密钥环境变量(&amp;K)：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add H&amp;eader</source>
        <translation>添加请求头(&amp;E)</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>删除请求头</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>附加请求头(&amp;X)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Request time&amp;out:</source>
        <translation>请求超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Max re&amp;tries:</source>
        <translation>最大重试次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Max &amp;concurrent jobs:</source>
        <translation>最大并发任务数(&amp;C)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How long the provider keeps finished clips for download</source>
        <translation>服务商保留已完成片段以供下载的时长</translation>
    </message>
    <message>
        <source>Retention (hour&amp;s):</source>
        <translation>保留时长（小时）(&amp;S)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Durations (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Max prompt chars</source>
        <translation>提示词最大字符数</translation>
    </message>
    <message>
        <source>USD per second</source>
        <translation>每秒美元</translation>
    </message>
    <message>
        <source>Add Mode&amp;l</source>
        <translation>添加模型(&amp;L)</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>a profile needs a name people can read.</source>
        <translation>配置需要一个便于阅读的名称。</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>请使用字母、数字、“.”、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个配置名为“%1”。</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>this build has no adapter &quot;%1&quot;.</source>
        <translation>此版本没有适配器“%1”。</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Key environment variable</source>
        <translation>密钥环境变量</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name (letters, digits and &apos;_&apos;).</source>
        <translation>“%1”不是有效的变量名（字母、数字和“_”）。</translation>
    </message>
    <message>
        <source>Extra headers, row %1</source>
        <translation>附加请求头，第 %1 行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name.</source>
        <translation>“%1”不是有效的请求头名称。</translation>
    </message>
    <message>
        <source>keys do not belong in the settings file: the key is sent by the authentication style.</source>
        <translation>密钥不应写入设置文件：密钥由认证方式发送。</translation>
    </message>
    <message>
        <source>the value must be printable ASCII.</source>
        <translation>值必须是可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is listed twice.</source>
        <translation>请求头“%1”重复出现。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>a profile needs at least one model.</source>
        <translation>配置至少需要一个模型。</translation>
    </message>
    <message>
        <source>Models, row %1</source>
        <translation>模型，第 %1 行</translation>
    </message>
    <message>
        <source>the model needs an id.</source>
        <translation>模型需要一个 ID。</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; is listed twice.</source>
        <translation>模型“%1”重复出现。</translation>
    </message>
    <message>
        <source>durations must be whole seconds such as &quot;4, 8, 12&quot;.</source>
        <translation>时长必须是整数秒，例如“4, 8, 12”。</translation>
    </message>
    <message>
        <source>sizes must look like &quot;1280x720, 720x1280&quot;.</source>
        <translation>尺寸格式应为“1280x720, 720x1280”。</translation>
    </message>
    <message>
        <source>the maximum prompt length must be a positive number.</source>
        <translation>提示词最大长度必须是正数。</translation>
    </message>
    <message>
        <source>prices must look like &quot;0.12&quot; or &quot;1280x720: 0.10, 1792x1024: 0.30&quot;.</source>
        <translation>价格格式应为“0.12”或“1280x720: 0.10, 1792x1024: 0.30”。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The longest an answer other than a download may take in all, however slowly the server sends it. Downloads are stopped only when they stop making progress.</source>
        <translation>除下载外，一次应答最多可用的总时长，无论服务器发送得多慢。下载只有在不再有进展时才会被停止。</translation>
    </message>
    <message>
        <source>Ans&amp;wer deadline:</source>
        <translation>应答时限(&amp;W)：</translation>
    </message>
    <message>
        <source>Models from the &amp;gateway&apos;s catalog (a LiteLLM proxy&apos;s /model/info)</source>
        <translation>从网关目录读取模型(&amp;G)（LiteLLM 代理的 /model/info）</translation>
    </message>
    <message>
        <source>Re&amp;fresh Models</source>
        <translation>刷新模型(&amp;F)</translation>
    </message>
    <message>
        <source>Read the models, lengths, sizes, frames and prices the provider offers now from its catalog</source>
        <translation>从服务商的目录读取其当前提供的模型、时长、尺寸、帧支持和价格</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>Models typed in this profile.</source>
        <translation>模型在此配置中手动填写。</translation>
    </message>
    <message>
        <source>refreshed %1</source>
        <translation>刷新于 %1</translation>
    </message>
    <message>
        <source>as shipped with ShotBrief, never refreshed</source>
        <translation>为 ShotBrief 自带版本，从未刷新</translation>
    </message>
    <message>
        <source>Models from the provider&apos;s catalog, %1.</source>
        <translation>模型来自服务商的目录，%1。</translation>
    </message>
    <message>
        <source>Reading the catalog of %1…</source>
        <translation>正在读取 %1 的目录…</translation>
    </message>
    <message>
        <source>Could not refresh the models: %1 The models below are the last good ones.</source>
        <translation>无法刷新模型：%1 下面列出的是最近一次有效的模型。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): %1.</source>
        <translation>
            <numerusform>%n 个模型：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>As the provider lists it: %1</source>
        <translation>服务商公布的价格：%1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>附加请求头</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Reference images</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Durations as &quot;4, 8, 12&quot;; sizes as &quot;1280x720, 720x1280&quot;. F2 edits a cell, Space toggles a check box. Reference images: how many pictures of the cast the model takes (0: none). Prices: &quot;0.12&quot; for any size, or &quot;1280x720: 0.10, 1792x1024: 0.30&quot;; empty: the built-in price table.</source>
        <translation>时长写作“4, 8, 12”；尺寸写作“1280x720, 720x1280”。F2 编辑单元格，空格键切换复选框。参考图：模型接受多少张角色图片（0：不接受）。价格：“0.12”表示所有尺寸，或“1280x720: 0.10, 1792x1024: 0.30”；留空：使用内置价格表。</translation>
    </message>
    <message>
        <source>reference images must be a whole number from 0 to 16.</source>
        <translation>参考图数量必须是 0 到 16 的整数。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ProviderReply</name>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>ShotBrief found changes to these projects that were not saved, newer than the files themselves: the application may have quit unexpectedly. Open one with its changes, or leave them for now (they are offered again when you open the project).</source>
        <translation>ShotBrief 发现这些项目有未保存的更改，且比文件本身更新：程序可能意外退出了。可打开其中一个并恢复更改，或暂时保留（打开该项目时会再次提示）。</translation>
    </message>
    <message>
        <source>Projects with unsaved changes</source>
        <translation>有未保存更改的项目</translation>
    </message>
    <message>
        <source>%1 — changes from %2</source>
        <translation>%1 — %2 的更改</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Review</name>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>未决定</translation>
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
        <translation>审阅：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewExportDialog</name>
    <message>
        <source>Export Review Package</source>
        <translation>导出审阅包</translation>
    </message>
    <message>
        <source>A folder the production team opens in any browser, offline: they watch the sequence, approve each shot or ask for changes, and send you back a feedback file (File &gt; Import Review).</source>
        <translation>一个制作团队可在任意浏览器中离线打开的文件夹：他们观看整段序列，对每个镜头批准或要求修改，然后把反馈文件发回给您（文件 &gt; 导入审阅）。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Pack into one .&amp;zip file (easier to send)</source>
        <translation>打包为一个 .zip 文件（便于发送）(&amp;Z)</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>镜次</translation>
    </message>
    <message>
        <source>Circled &amp;takes: the sequence as it stands</source>
        <translation>圈选镜次：当前的序列(&amp;T)</translation>
    </message>
    <message>
        <source>All &amp;ready takes, side by side, so that reviewers can choose one</source>
        <translation>所有已就绪的镜次并排显示，供审阅人挑选(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Export Review Package Into</source>
        <translation>将审阅包导出到</translation>
    </message>
    <message>
        <source>%1 shots, %2 clips (about %3), to %4</source>
        <translation>%1 个镜头，%2 个片段（约 %3），导出到 %4</translation>
    </message>
    <message>
        <source>Choose a folder for the package.</source>
        <translation>请为审阅包选择一个文件夹。</translation>
    </message>
    <message>
        <source>Writing the review package...</source>
        <translation>正在写出审阅包...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Review package not written</source>
        <translation>未写出审阅包</translation>
    </message>
    <message>
        <source>Review package written</source>
        <translation>审阅包已写出</translation>
    </message>
    <message>
        <source>%1 shots, %2 clips, %3.

Send it to the reviewers: they open index.html in a browser (from the folder, or from the unpacked zip), and send back the feedback file it saves.</source>
        <translation>%1 个镜头，%2 个片段，%3。

把它发给审阅人：他们在浏览器中打开 index.html（直接从文件夹打开，或解压 zip 后打开），再把页面保存的反馈文件发回给您。</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>在文件管理器中显示</translation>
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
        <translation>字符串“%1”</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>expected a UTC time such as &quot;2026-09-24T18:30:00Z&quot;, got &quot;%1&quot;</source>
        <translation>应为 UTC 时间，例如“2026-09-24T18:30:00Z”，实际为“%1”</translation>
    </message>
    <message>
        <source>the file is %1 MB; review feedback files over %2 MB are refused</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的审阅反馈文件会被拒绝</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>a text longer than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>not a valid JSON file (is it the file the review page downloaded?)</source>
        <translation>不是有效的 JSON 文件（是审阅页面下载的那个文件吗？）</translation>
    </message>
    <message>
        <source>this is not a ShotBrief review feedback file</source>
        <translation>这不是 ShotBrief 审阅反馈文件</translation>
    </message>
    <message>
        <source>this is not a ShotBrief review feedback file (the review page&apos;s &quot;Download feedback&quot; saves one)</source>
        <translation>这不是 ShotBrief 审阅反馈文件（审阅页面的“下载反馈”会保存这种文件）</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more</source>
        <translation>应为大于等于 1 的整数</translation>
    </message>
    <message>
        <source>written by a newer review package (feedback version %1; this version of ShotBrief reads up to %2)</source>
        <translation>由更新版本的审阅包写出（反馈版本 %1；此版本的 ShotBrief 最高只能读取 %2）</translation>
    </message>
    <message>
        <source>empty: who wrote this review?</source>
        <translation>为空：这条审阅是谁写的？</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>more than %1 shots</source>
        <translation>超过 %1 个镜头</translation>
    </message>
    <message>
        <source>expected &quot;approved&quot;, &quot;changes_requested&quot; or &quot;&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;approved&quot;、&quot;changes_requested&quot; 或 &quot;&quot;，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a list of take ids</source>
        <translation>应为镜次 ID 列表</translation>
    </message>
    <message>
        <source>expected a take id, got %1</source>
        <translation>应为镜次 ID，实际为 %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewImport</name>
    <message>
        <source>applied (%1)</source>
        <translation>已应用（%1）</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>已在项目中</translation>
    </message>
    <message>
        <source>not applied: the project holds a newer review by %1</source>
        <translation>未应用：项目中已有 %1 更新的审阅</translation>
    </message>
    <message>
        <source>not applied: the shot has changed since the package was made</source>
        <translation>未应用：自审阅包生成后该镜头已更改</translation>
    </message>
    <message>
        <source>not applied: the shot is not in this project</source>
        <translation>未应用：该镜头不在此项目中</translation>
    </message>
    <message>
        <source>%1: refused: none of its shots is in this project (it is %2&apos;s review of &quot;%3&quot;)</source>
        <translation>%1：已拒绝：其中没有任何镜头属于此项目（这是 %2 对“%3”的审阅）</translation>
    </message>
    <message>
        <source>%1: shot %2, %3: %4</source>
        <translation>%1：镜头 %2，%3：%4</translation>
    </message>
    <message>
        <source>Reviews applied: %1, skipped: %2; shots changed: %3.</source>
        <translation>已应用审阅：%1，已跳过：%2；有变化的镜头：%3。</translation>
    </message>
    <message>
        <source>the shot has changed since the package was made</source>
        <translation>自审阅包生成后该镜头已更改</translation>
    </message>
    <message>
        <source>the preferred take is no longer in the project and was left out</source>
        <translation>所选的偏好镜次已不在项目中，已略去</translation>
    </message>
    <message>
        <source>this one is from %1, the project&apos;s from %2</source>
        <translation>此条来自 %1，项目中的来自 %2</translation>
    </message>
    <message>
        <source>replaces %1&apos;s review of %2</source>
        <translation>替换 %1 于 %2 的审阅</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewImportDialog</name>
    <message>
        <source>Apply: %1</source>
        <translation>应用：%1</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>项目中已有</translation>
    </message>
    <message>
        <source>Skip: the project has a newer review by %1</source>
        <translation>跳过：项目中已有 %1 更新的审阅</translation>
    </message>
    <message>
        <source>Skip: the shot changed since the package was made</source>
        <translation>跳过：自审阅包生成后该镜头已更改</translation>
    </message>
    <message>
        <source>Skip: the shot is not in this project</source>
        <translation>跳过：该镜头不在此项目中</translation>
    </message>
    <message>
        <source>Refused: none of its shots is in this project (&quot;%1&quot;)</source>
        <translation>已拒绝：其中没有任何镜头属于此项目（“%1”）</translation>
    </message>
    <message>
        <source>Import Review</source>
        <translation>导入审阅</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reviews to import</source>
        <translation>要导入的审阅</translation>
    </message>
    <message>
        <source>Also apply to shots that &amp;changed since the package was made</source>
        <translation>也应用到自审阅包生成后已更改的镜头(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未能读取</translation>
    </message>
    <message>
        <source>Files that could not be read are left out: %1.</source>
        <translation>无法读取的文件已略去：%1 个。</translation>
    </message>
    <message>
        <source>The project is open read-only: nothing can be applied.</source>
        <translation>项目以只读方式打开：无法应用任何内容。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewPackage</name>
    <message>
        <source>the folder to pack does not exist</source>
        <translation>要打包的文件夹不存在</translation>
    </message>
    <message>
        <source>cannot create the archive: %1</source>
        <translation>无法创建压缩包：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>无法写入压缩包：%1</translation>
    </message>
    <message>
        <source>cannot move the archive into place</source>
        <translation>无法将压缩包移动到目标位置</translation>
    </message>
    <message>
        <source>Shot %1: the clip of take %2 is missing (%3); it is not in the package</source>
        <translation>镜头 %1：镜次 %2 的片段缺失（%3）；未放入审阅包</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the package</source>
        <translation>无法将 %1 复制到审阅包中</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read; it is not in the package</source>
        <translation>无法读取图片 %1；未放入审阅包</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 已存在且不是文件夹</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a review package: choose a new or empty folder, so that nothing in it is lost</source>
        <translation>%1 不是空文件夹，也不是审阅包：请选择新的或空的文件夹，以免其中的内容丢失</translation>
    </message>
    <message>
        <source>Cannot replace the earlier package in %1</source>
        <translation>无法替换 %1 中先前的审阅包</translation>
    </message>
    <message>
        <source>Cannot move the package to %1</source>
        <translation>无法将审阅包移动到 %1</translation>
    </message>
    <message>
        <source>No output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive</source>
        <translation>%1 是文件夹，不是压缩包</translation>
    </message>
    <message>
        <source>No shots to review</source>
        <translation>没有可审阅的镜头</translation>
    </message>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>无法在 %1 中创建工作文件夹：%2</translation>
    </message>
    <message>
        <source>%1 – review</source>
        <translation>%1 – 审阅</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ReviewPage</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Shown with your decisions</source>
        <translation>将与您的决定一起显示</translation>
    </message>
    <message>
        <source>Enter your name at the top, so that the team knows whose decisions these are.</source>
        <translation>请在顶部填写姓名，以便团队知道这些决定出自谁。</translation>
    </message>
    <message>
        <source>Download feedback</source>
        <translation>下载反馈</translation>
    </message>
    <message>
        <source>Saved %1 to your downloads. Send this file to whoever sent you the package.</source>
        <translation>已将 %1 保存到下载文件夹。请把这个文件发给向您发送审阅包的人。</translation>
    </message>
    <message>
        <source>%1 of %2 shots reviewed</source>
        <translation>已审阅 %1/%2 个镜头</translation>
    </message>
    <message>
        <source>%1 shots, %2, made %3</source>
        <translation>%1 个镜头，%2，生成于 %3</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>Previous shot</source>
        <translation>上一个镜头</translation>
    </message>
    <message>
        <source>Next shot</source>
        <translation>下一个镜头</translation>
    </message>
    <message>
        <source>Keys: arrows move between shots, Space plays and pauses, A approves, C requests changes.</source>
        <translation>快捷键：方向键在镜头间移动，空格播放/暂停，A 批准，C 要求修改。</translation>
    </message>
    <message>
        <source>Your decisions are kept in this browser until you download them.</source>
        <translation>在您下载之前，您的决定会保存在此浏览器中。</translation>
    </message>
    <message>
        <source>This browser does not keep your decisions: download the feedback before you close the page.</source>
        <translation>此浏览器不会保存您的决定：请在关闭页面前下载反馈。</translation>
    </message>
    <message>
        <source>Shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄影机</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>焦段/风格</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对白</translation>
    </message>
    <message>
        <source>%1 of shot %2</source>
        <translation>镜头 %2 的%1</translation>
    </message>
    <message>
        <source>Circled</source>
        <translation>已圈选</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>Preferred take</source>
        <translation>首选镜次</translation>
    </message>
    <message>
        <source>Board of shot %1</source>
        <translation>镜头 %1 的分镜</translation>
    </message>
    <message>
        <source>Decision on shot %1</source>
        <translation>对镜头 %1 的决定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>What should change, or what works</source>
        <translation>哪里需要改，或者哪里不错</translation>
    </message>
</context>
<context>
    <name>ShotBrief::RunwayRoutes</name>
    <message>
        <source>You have exceeded the rate limit (injected by the ShotBrief emulator).</source>
        <translation>你已超出速率限制（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>Service unavailable (injected by the ShotBrief emulator).</source>
        <translation>服务不可用（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>Internal server error (injected by the ShotBrief emulator).</source>
        <translation>服务器内部错误（由 ShotBrief 模拟器注入）。</translation>
    </message>
    <message>
        <source>Missing API key: send Authorization: Bearer &lt;key&gt;.</source>
        <translation>缺少 API 密钥：请发送 Authorization: Bearer &lt;key&gt;。</translation>
    </message>
    <message>
        <source>Invalid API key.</source>
        <translation>API 密钥无效。</translation>
    </message>
    <message>
        <source>The X-Runway-Version header is required (%1).</source>
        <translation>必须提供 X-Runway-Version 头（%1）。</translation>
    </message>
    <message>
        <source>Unsupported X-Runway-Version &quot;%1&quot;; use %2.</source>
        <translation>不支持的 X-Runway-Version“%1”；请使用 %2。</translation>
    </message>
    <message>
        <source>Unsupported request: %1 %2.</source>
        <translation>不支持的请求：%1 %2。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Invalid model &quot;%1&quot;.</source>
        <translation>模型“%1”无效。</translation>
    </message>
    <message>
        <source>The model gen4_turbo needs a promptImage: use /v1/image_to_video.</source>
        <translation>模型 gen4_turbo 需要 promptImage：请使用 /v1/image_to_video。</translation>
    </message>
    <message>
        <source>promptText is required.</source>
        <translation>必须提供 promptText。</translation>
    </message>
    <message>
        <source>promptText must be a string.</source>
        <translation>promptText 必须是字符串。</translation>
    </message>
    <message>
        <source>promptText must be at most %1 characters (got %2).</source>
        <translation>promptText 最多 %1 个字符（实际 %2 个）。</translation>
    </message>
    <message>
        <source>Invalid ratio &quot;%1&quot; for %2; allowed: %3.</source>
        <translation>%2 的画幅比例“%1”无效；允许：%3。</translation>
    </message>
    <message>
        <source>duration must be a whole number of seconds.</source>
        <translation>duration 必须是整数秒。</translation>
    </message>
    <message>
        <source>Invalid duration %1 for %2; allowed: %3.</source>
        <translation>%2 的时长 %1 无效；允许：%3。</translation>
    </message>
    <message>
        <source>seed must be an integer from 0 to 4294967295.</source>
        <translation>seed 必须是 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>promptImage is required for image_to_video.</source>
        <translation>image_to_video 必须提供 promptImage。</translation>
    </message>
    <message>
        <source>promptImage belongs to /v1/image_to_video.</source>
        <translation>promptImage 应发送到 /v1/image_to_video。</translation>
    </message>
    <message>
        <source>promptImage: data URIs may be at most 5 MB.</source>
        <translation>promptImage：data URI 最大 5 MB。</translation>
    </message>
    <message>
        <source>promptImage: not a base64 JPEG, PNG or WebP data URI.</source>
        <translation>promptImage：不是 base64 编码的 JPEG、PNG 或 WebP data URI。</translation>
    </message>
    <message>
        <source>promptImage must be an https URL or a data URI.</source>
        <translation>promptImage 必须是 https URL 或 data URI。</translation>
    </message>
    <message>
        <source>The emulator could not store the image.</source>
        <translation>模拟器无法保存图像。</translation>
    </message>
    <message>
        <source>Task not found.</source>
        <translation>未找到任务。</translation>
    </message>
    <message>
        <source>No such output.</source>
        <translation>没有这个输出。</translation>
    </message>
    <message>
        <source>This output URL has expired; fetch the task again.</source>
        <translation>此输出 URL 已过期；请重新获取任务。</translation>
    </message>
    <message>
        <source>promptImage: each image needs a position, &quot;first&quot; or &quot;last&quot;, given once.</source>
        <translation>promptImage：每张图像都需要一个位置（&quot;first&quot; 或 &quot;last&quot;），且每个位置只能出现一次。</translation>
    </message>
    <message>
        <source>%1 takes only a first frame (position &quot;first&quot;).</source>
        <translation>%1 只接受首帧（position &quot;first&quot;）。</translation>
    </message>
    <message>
        <source>%1 does not generate with only a last frame: give a first frame too.</source>
        <translation>%1 不能只用尾帧生成：请同时提供首帧。</translation>
    </message>
    <message>
        <source>promptImage: keyframes (with a position) and references (without one) cannot be mixed.</source>
        <translation>promptImage：关键帧（带位置）和参考图（不带位置）不能混用。</translation>
    </message>
    <message>
        <source>promptImage: at most %1 reference images.</source>
        <translation>promptImage：最多 %1 张参考图。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::RunwayVideoProvider</name>
    <message>
        <source>larger than Runway&apos;s 5 MB limit for data URIs</source>
        <translation>超过 Runway 对 data URI 的 5 MB 限制</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是图像</translation>
    </message>
    <message>
        <source>Runway&apos;s task answer is unreadable.</source>
        <translation>Runway 的任务应答无法读取。</translation>
    </message>
    <message>
        <source>Runway&apos;s output URL is not https; refused.</source>
        <translation>Runway 的输出 URL 不是 https；已拒绝。</translation>
    </message>
    <message>
        <source>Runway no longer has the output of task %1.</source>
        <translation>Runway 已不再保留任务 %1 的输出。</translation>
    </message>
    <message>
        <source>Runway provides no %1.</source>
        <translation>Runway 不提供 %1。</translation>
    </message>
    <message>
        <source>Runway task %1 has no output yet.</source>
        <translation>Runway 任务 %1 还没有输出。</translation>
    </message>
    <message>
        <source>Runway has no remix: generate a new take instead.</source>
        <translation>Runway 不支持混编：请改为生成新的镜次。</translation>
    </message>
    <message>
        <source>The answer to the create request was lost: outcome unknown; check your Runway dashboard before retrying (Runway cannot list tasks, so ShotBrief does not send it again).</source>
        <translation>创建请求的应答丢失：结果未知；重试前请检查你的 Runway 控制台（Runway 无法列出任务，因此 ShotBrief 不会再次发送）。</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <source>Runway does not generate from a last frame alone: give the shot a first frame too, or remove the last frame.</source>
        <translation>Runway 不能只用尾帧生成：请同时为镜头设置首帧，或移除尾帧。</translation>
    </message>
    <message>
        <source>Cannot send the first frame %1: %2</source>
        <translation>无法发送首帧 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptActions</name>
    <message>
        <source>Scripts (*.fountain *.spmd *.fdx *.csv *.tsv *.txt);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;Shot lists (*.csv *.tsv);;All files (*)</source>
        <translation>剧本 (*.fountain *.spmd *.fdx *.csv *.tsv *.txt);;Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;镜头清单 (*.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import &amp;Script...</source>
        <translation>导入剧本(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Scenes, cast and shots from a Fountain, Final Draft or shot-list file, fitted to the provider&apos;s lengths</source>
        <translation>从 Fountain、Final Draft 或镜头清单文件生成场景、演员和镜头，时长按服务商适配</translation>
    </message>
    <message>
        <source>Import Script</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <source>&amp;Update from Script...</source>
        <translation>从剧本更新(&amp;U)...</translation>
    </message>
    <message>
        <source>Bring a revised script into the shots made from it, keeping everything you made</source>
        <translation>把修订稿带进由它生成的镜头，你做的一切都保留</translation>
    </message>
    <message>
        <source>Update from Script</source>
        <translation>从剧本更新</translation>
    </message>
    <message>
        <source>Fit &amp;Lengths to Content</source>
        <translation>按内容适配时长(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Give the selected shots the shortest length that holds their dialogue and action; split those no length holds</source>
        <translation>为选中的镜头取能容纳其台词和动作的最短时长；任何时长都放不下的就拆分</translation>
    </message>
    <message>
        <source>Accept Script &amp;Changes</source>
        <translation>确认剧本变更(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the &quot;script changed&quot; and &quot;cut from script&quot; marks of the selected shots</source>
        <translation>清除选中镜头的“剧本已改”和“已从剧本删除”标记</translation>
    </message>
    <message>
        <source>Import script %1</source>
        <translation>导入剧本 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shot(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个镜头</numerusform>
        </translation>
    </message>
    <message>
        <source>Update from script %1</source>
        <translation>从剧本 %1 更新</translation>
    </message>
    <message>
        <source>Updated from %1: %2 changed, %3 new, %4 cut</source>
        <translation>已从 %1 更新：%2 个改动，%3 个新增，%4 个删除</translation>
    </message>
    <message>
        <source>Fit lengths to content</source>
        <translation>按内容适配时长</translation>
    </message>
    <message>
        <source>The selected shots already have the lengths their content needs</source>
        <translation>选中的镜头时长已与内容相符</translation>
    </message>
    <message>
        <source>%1 shot(s) got a new length, %2 split</source>
        <translation>%1 个镜头已改时长，%2 个已拆分</translation>
    </message>
    <message>
        <source>Accept script changes</source>
        <translation>确认剧本变更</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptImport</name>
    <message>
        <source>paragraph at line %1: %2 characters shortened to %3</source>
        <translation>第 %1 行的段落：%2 个字符已截短为 %3</translation>
    </message>
    <message>
        <source>the file declares entities in a DTD; Final Draft files have none, and they are not read</source>
        <translation>文件在 DTD 中声明了实体；Final Draft 文件没有这些，不予读取</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined</source>
        <translation>实体 &amp;%1; 未定义</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>this is not a Final Draft script: its root element is &lt;%1&gt;, not &lt;FinalDraft&gt;</source>
        <translation>这不是 Final Draft 剧本：根元素是 &lt;%1&gt;，不是 &lt;FinalDraft&gt;</translation>
    </message>
    <message>
        <source>Final Draft document type &quot;%1&quot; read as a script</source>
        <translation>Final Draft 文档类型“%1”按剧本读取</translation>
    </message>
    <message>
        <source>the file ends in the middle of the XML (is it truncated?)</source>
        <translation>文件在 XML 中途结束（是否不完整？）</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML 格式不正确：%1</translation>
    </message>
    <message>
        <source>paragraphs of type &quot;%1&quot; read as action</source>
        <translation>类型为“%1”的段落按动作读取</translation>
    </message>
    <message numerus="yes">
        <source>%n omitted scene(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 个删除场（OMITTED）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;/*&quot; without &quot;*/&quot;: read as text</source>
        <translation>第 %1 行：“/*”没有对应的“*/”，按正文读取</translation>
    </message>
    <message>
        <source>line %1: a paragraph of %2 characters was shortened to %3</source>
        <translation>第 %1 行：%2 个字符的段落已截短为 %3</translation>
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
        <translation>镜头表（CSV）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a script</source>
        <translation>这是文件夹，不是剧本</translation>
    </message>
    <message>
        <source>the file is %1 MB; scripts over %2 MB are not read</source>
        <translation>文件有 %1 MB；超过 %2 MB 的剧本不予读取</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is over %1 MB; scripts that large are not read</source>
        <translation>文件超过 %1 MB；这么大的剧本不予读取</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file holds binary data, not a script</source>
        <translation>文件是二进制数据，不是剧本</translation>
    </message>
    <message>
        <source>the script has no scene, action or dialogue to import</source>
        <translation>剧本中没有可导入的场景、动作或台词</translation>
    </message>
    <message>
        <source>the script is larger than ShotBrief plans at once (more than %1 scenes or %2 paragraphs); import it in parts</source>
        <translation>剧本超出 ShotBrief 一次能规划的规模（超过 %1 场或 %2 个段落）；请分段导入</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Establishing shot: the script has no action or dialogue under this heading.</source>
        <translation>交代镜头：剧本在这个场景标题下没有动作或台词。</translation>
    </message>
    <message>
        <source>shot %1 needs %2 s; the longest clip is %3 s (one sentence cannot be split)</source>
        <translation>镜头 %1 需要 %2 秒；最长片段为 %3 秒（一句话无法拆开）</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>第 %1 场</translation>
    </message>
    <message>
        <source>Shot list</source>
        <translation>镜头清单</translation>
    </message>
    <message>
        <source>line %1: the length &quot;%2&quot; is not a number of seconds; the shot is fitted to its content</source>
        <translation>第 %1 行：时长“%2”不是秒数；镜头按内容适配时长</translation>
    </message>
    <message>
        <source>shot %1 needs %2 s; the longest clip is %3 s</source>
        <translation>镜头 %1 需要 %2 秒；最长片段为 %3 秒</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>this is a PDF; export the script from your screenwriting app as Fountain or Final Draft (.fdx)</source>
        <translation>这是 PDF；请在编剧软件里把剧本导出为 Fountain 或 Final Draft（.fdx）</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a script; export it as Fountain, Final Draft (.fdx) or CSV</source>
        <translation>这是压缩包，不是剧本；请导出为 Fountain、Final Draft（.fdx）或 CSV</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>文件不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the script as UTF-8</source>
        <translation>无效的 UTF-8（字节 0x%1）；请将剧本存为 UTF-8</translation>
    </message>
    <message>
        <source>%1 unchanged, %2 changed, %3 new, %4 cut from the script, %5 back in the script.</source>
        <translation>%1 个未变，%2 个改动，%3 个新增，%4 个已从剧本删除，%5 个重回剧本。</translation>
    </message>
    <message>
        <source>New scene: %1</source>
        <translation>新场景：%1</translation>
    </message>
    <message>
        <source>Scene heading changed: %1</source>
        <translation>场景标题已改：%1</translation>
    </message>
    <message>
        <source>Shot %1 (%2): script changed; now &quot;%3&quot;, was &quot;%4&quot;.</source>
        <translation>镜头 %1（%2）：剧本已改；现为“%3”，原为“%4”。</translation>
    </message>
    <message>
        <source>It now needs %1 s and is %2 s: Fit Lengths to Content.</source>
        <translation>现在需要 %1 秒，当前为 %2 秒：请用“按内容适配时长”。</translation>
    </message>
    <message>
        <source>New shot %1 (%2), %3 s: &quot;%4&quot;.</source>
        <translation>新镜头 %1（%2），%3 秒：“%4”。</translation>
    </message>
    <message>
        <source>Shot %1 (%2): cut from the script; kept and marked, delete it yourself if it goes.</source>
        <translation>镜头 %1（%2）：已从剧本删除；镜头保留并加了标记，确定不要时请自行删除。</translation>
    </message>
    <message>
        <source>Shot %1 (%2): back in the script; the cut mark is cleared.</source>
        <translation>镜头 %1（%2）：重回剧本；删除标记已清除。</translation>
    </message>
    <message>
        <source>New cast member: %1 (describe their look in the Project panel).</source>
        <translation>新演员：%1（请在“项目”面板里描述其形象）。</translation>
    </message>
    <message>
        <source>The project has no shots from a script yet: every part of the script is new.</source>
        <translation>项目中还没有来自剧本的镜头：剧本的每一部分都是新的。</translation>
    </message>
    <message>
        <source>Script changed. The shot was:</source>
        <translation>剧本已改。镜头原来是：</translation>
    </message>
    <message>
        <source>Notes (as &quot;column: value&quot;)</source>
        <translation>备注（记为“列：值”）</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Shot label</source>
        <translation>镜号</translation>
    </message>
    <message>
        <source>Action beats</source>
        <translation>动作节拍</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>机位角度</translation>
    </message>
    <message>
        <source>Camera movement</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Depth of field</source>
        <translation>景深</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>焦段/风格</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Scene prose (location)</source>
        <translation>场景描述（地点）</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对白</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员表</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
    </message>
    <message>
        <source>more than %1 rows; import the shot list in parts</source>
        <translation>超过 %1 行；请分段导入镜头清单</translation>
    </message>
    <message>
        <source>a quoted field is not closed (is the file truncated?)</source>
        <translation>带引号的字段没有闭合（文件是否不完整？）</translation>
    </message>
    <message>
        <source>the first row is not a shot list header: expected columns such as Scene, Shot, Description, Size, Angle, Movement, Duration, Dialogue, Characters, Notes</source>
        <translation>第一行不是镜头清单的表头：应有 Scene、Shot、Description、Size、Angle、Movement、Duration、Dialogue、Characters、Notes 等列（或对应的中文、日文列名）</translation>
    </message>
    <message>
        <source>line %1: a cell of %2 characters was shortened to %3</source>
        <translation>第 %1 行：%2 个字符的单元格已截短为 %3</translation>
    </message>
    <message>
        <source>line %1: %2 cells, the header has %3; the extra cells go to the notes</source>
        <translation>第 %1 行：有 %2 个单元格，表头只有 %3 列；多出的单元格放入备注</translation>
    </message>
    <message>
        <source>the shot list has a header but no shots</source>
        <translation>镜头清单只有表头，没有镜头</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptImportDialog</name>
    <message>
        <source>%1-%2 s</source>
        <translation>%1-%2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Import Script</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <source>%1 (%2): %3 scenes, %4 lines of dialogue, %5 cast (%6 new), %7 shots (%8 of them parts of split shots), %9 in all, fitted to the lengths %10 makes (%11).</source>
        <translation>%1（%2）：%3 场，%4 句台词，%5 名演员（%6 名新增），%7 个镜头（其中 %8 个是拆分镜头的分段），总长 %9，按 %10 支持的时长适配（%11）。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>导入警告</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Length (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Content (s)</source>
        <translation>内容（秒）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对白</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Shots (%1)</source>
        <translation>镜头（%1）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>场号</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>场景标题</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Scenes (%1)</source>
        <translation>场景（%1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>In the project</source>
        <translation>项目中</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员表</translation>
    </message>
    <message>
        <source>new: describe their look in the Project panel</source>
        <translation>新增：请在“项目”面板里描述其形象</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>已在项目中</translation>
    </message>
    <message>
        <source>Cast (%1)</source>
        <translation>演员（%1）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填入</translation>
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
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ScriptUpdateDialog</name>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Script changed</source>
        <translation>剧本已改</translation>
    </message>
    <message>
        <source>New shot</source>
        <translation>新镜头</translation>
    </message>
    <message>
        <source>Cut from script</source>
        <translation>已从剧本删除</translation>
    </message>
    <message>
        <source>Back in script</source>
        <translation>重回剧本</translation>
    </message>
    <message>
        <source>Update from Script</source>
        <translation>从剧本更新</translation>
    </message>
    <message>
        <source>The project already matches %1: nothing to update.</source>
        <translation>项目已与 %1 一致：无需更新。</translation>
    </message>
    <message>
        <source>%1 against the project: %2 shots changed, %3 new, %4 cut from the script, %5 back in it; %6 unchanged. Nothing you made is removed: camera, light, palette, takes, notes and the order of the shots stay; changed shots keep what they said in their notes.</source>
        <translation>%1 与项目对比：%2 个镜头改动，%3 个新增，%4 个已从剧本删除，%5 个重回剧本；%6 个未变。你做的一切都不会删除：机位、光线、色板、拍摄版本、备注和镜头顺序全部保留；改动过的镜头会把原内容记在备注里。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Script now</source>
        <translation>现在的剧本</translation>
    </message>
    <message>
        <source>Script before</source>
        <translation>原来的剧本</translation>
    </message>
    <message>
        <source> (needs %1 s, is %2 s)</source>
        <translation>（需要 %1 秒，当前 %2 秒）</translation>
    </message>
    <message>
        <source>New scene: %1</source>
        <translation>新场景：%1</translation>
    </message>
    <message>
        <source>Scene heading changed: %1</source>
        <translation>场景标题已改：%1</translation>
    </message>
    <message>
        <source>New cast member: %1</source>
        <translation>新演员：%1</translation>
    </message>
    <message>
        <source>Scenes, cast and warnings</source>
        <translation>场景、演员和警告</translation>
    </message>
    <message>
        <source>&amp;Apply Update</source>
        <translation>应用更新(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SequenceEngine</name>
    <message>
        <source>Cannot play this clip</source>
        <translation>无法播放此片段</translation>
    </message>
    <message>
        <source>The clip stopped delivering frames</source>
        <translation>片段不再输出画面帧</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SequencePlayer</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧（左方向键）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧（右方向键）</translation>
    </message>
    <message>
        <source>Loop the range set with I and O</source>
        <translation>循环播放 I 与 O 设定的范围</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>Prompt of the shot</source>
        <translation>镜头的提示词</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SequenceTimeline</name>
    <message>
        <source>Circled take is %1</source>
        <translation>圈选镜次为 %1</translation>
    </message>
    <message>
        <source>Circled take has no clip</source>
        <translation>圈选镜次没有片段</translation>
    </message>
    <message>
        <source>No media folder</source>
        <translation>没有媒体文件夹</translation>
    </message>
    <message>
        <source>Clip not found: %1</source>
        <translation>找不到片段：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Generation (this project)</source>
        <translation>生成（此项目）</translation>
    </message>
    <message>
        <source>&amp;Provider profile:</source>
        <translation>服务商配置(&amp;P)：</translation>
    </message>
    <message>
        <source>API key (stored in the system keychain)</source>
        <translation>API 密钥（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>&amp;Store Key</source>
        <translation>保存密钥(&amp;S)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Without a key the built-in emulator makes placeholder clips at no cost.</source>
        <translation>没有密钥时，内置模拟器会免费生成占位片段。</translation>
    </message>
    <message>
        <source>No keychain here: set the key in the provider&apos;s environment variable instead. Without a key the built-in emulator is used.</source>
        <translation>此处没有钥匙串：请改在服务商的环境变量中设置密钥。没有密钥时将使用内置模拟器。</translation>
    </message>
    <message>
        <source>&amp;Concurrent jobs:</source>
        <translation>并发任务数(&amp;C)：</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Generation stops before a batch would spend more than this in total.</source>
        <translation>在某个批次会使总支出超过此金额之前停止生成。</translation>
    </message>
    <message>
        <source>Choose a provider and enter a key first.</source>
        <translation>请先选择服务商并输入密钥。</translation>
    </message>
    <message>
        <source>Storing...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <source>Key stored in the system keychain.</source>
        <translation>密钥已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Could not store the key: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>&amp;Edit Profiles...</source>
        <translation>编辑配置(&amp;E)...</translation>
    </message>
    <message>
        <source>Base URL, authentication and models of each provider (providers.json)</source>
        <translation>各服务商的基础 URL、认证方式和模型（providers.json）</translation>
    </message>
    <message>
        <source>Spe&amp;nding cap:</source>
        <translation>支出上限(&amp;N)：</translation>
    </message>
    <message>
        <source>A recovery copy is written a few seconds after you stop editing, and at the latest this often while you keep editing.</source>
        <translation>停止编辑几秒后会写入恢复副本；持续编辑时，最迟每隔此时长写入一次。</translation>
    </message>
    <message>
        <source>&amp;Autosave a recovery copy at the latest every:</source>
        <translation>自动保存恢复副本，最长间隔(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotField</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>S&amp;cene:</source>
        <translation>场景(&amp;C)：</translation>
    </message>
    <message>
        <source>Prompt strategy</source>
        <translation>提示词策略</translation>
    </message>
    <message>
        <source>Strate&amp;gy:</source>
        <translation>策略(&amp;G)：</translation>
    </message>
    <message>
        <source>Scene description</source>
        <translation>场景描述</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>景别(&amp;F)：</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>机位角度</translation>
    </message>
    <message>
        <source>&amp;Angle:</source>
        <translation>机位角度(&amp;A)：</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>镜头运动</translation>
    </message>
    <message>
        <source>Mo&amp;vement:</source>
        <translation>镜头运动(&amp;V)：</translation>
    </message>
    <message>
        <source>Depth of field</source>
        <translation>景深</translation>
    </message>
    <message>
        <source>Depth of f&amp;ield:</source>
        <translation>景深(&amp;I)：</translation>
    </message>
    <message>
        <source>Lens/style</source>
        <translation>焦段/风格</translation>
    </message>
    <message>
        <source>Le&amp;ns/style:</source>
        <translation>焦段/风格(&amp;N)：</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>Lig&amp;hting:</source>
        <translation>光线(&amp;H)：</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>色板</translation>
    </message>
    <message>
        <source>Palette colour %1</source>
        <translation>色板颜色 %1</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>色板(&amp;P)：</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>情绪(&amp;O)：</translation>
    </message>
    <message>
        <source>Action beats</source>
        <translation>动作节拍</translation>
    </message>
    <message>
        <source>Action beat %1</source>
        <translation>动作节拍 %1</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对白</translation>
    </message>
    <message>
        <source>Dialogue line %1</source>
        <translation>第 %1 句对白</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员表</translation>
    </message>
    <message>
        <source>Cast member %1</source>
        <translation>演员 %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Cinematography</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Cast in the shot</source>
        <translation>镜头中的演员</translation>
    </message>
    <message>
        <source>Notes for the crew (never sent)</source>
        <translation>给剧组的备注（不会发送）</translation>
    </message>
    <message>
        <source>%1, speaker</source>
        <translation>%1，说话人</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Chain to the previous shot</source>
        <translation>接续上一个镜头</translation>
    </message>
    <message>
        <source>First and last frames</source>
        <translation>首帧与尾帧</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotInspector</name>
    <message>
        <source>Select a shot on the timeline to edit its brief.</source>
        <translation>在时间线上选择一个镜头来编辑其简报。</translation>
    </message>
    <message>
        <source>1A</source>
        <translation>1A</translation>
    </message>
    <message>
        <source>Detailed: control and consistency</source>
        <translation>详细：可控且一致</translation>
    </message>
    <message>
        <source>Concise: leave the model free</source>
        <translation>简洁：让模型自由发挥</translation>
    </message>
    <message>
        <source>Characters, costumes, setting, weather, in plain words: wet asphalt, neon signs reflecting in puddles...</source>
        <translation>角色、服装、布景、天气，用平实的语言：湿漉漉的柏油路、倒映在水洼里的霓虹招牌……</translation>
    </message>
    <message>
        <source>anamorphic 40mm, handheld 16mm film...</source>
        <translation>变形宽银幕 40mm，手持 16mm 胶片……</translation>
    </message>
    <message>
        <source>source, direction, quality: warm backlight with soft rim</source>
        <translation>光源、方向、质感：暖色逆光带柔和轮廓光</translation>
    </message>
    <message>
        <source>cinematic and tense, playful, warm and cozy...</source>
        <translation>电影感且紧张、俏皮、温暖舒适……</translation>
    </message>
    <message>
        <source>Countable steps: &quot;takes four steps to the window, pauses&quot;. Double-click to edit.</source>
        <translation>可数的步骤：“走四步到窗前，停顿”。双击编辑。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a beat</source>
        <translation>添加一个节拍</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected beat</source>
        <translation>移除所选节拍</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>new beat</source>
        <translation>新节拍</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>添加一句台词</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>移除所选台词</translation>
    </message>
    <message>
        <source>(no scene)</source>
        <translation>（无场景）</translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation>项目默认（%1）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>style bible: %1</source>
        <translation>风格手册：%1</translation>
    </message>
    <message>
        <source>No colour anchors: add 3 to 5.</source>
        <translation>没有色彩锚点：请添加 3 到 5 个。</translation>
    </message>
    <message>
        <source>Style bible: %1</source>
        <translation>风格手册：%1</translation>
    </message>
    <message>
        <source>No cast yet: add characters in the Project panel.</source>
        <translation>还没有演员：请在“项目”面板中添加角色。</translation>
    </message>
    <message>
        <source>The image is %1×%2 but the clip is %3×%4. The provider needs them to match.</source>
        <translation>图像为 %1×%2，但片段为 %3×%4。服务商要求二者一致。</translation>
    </message>
    <message>
        <source>Crop to Fill</source>
        <translation>裁切以填满</translation>
    </message>
    <message>
        <source>Scale to Fit</source>
        <translation>缩放以适应</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1（不提供）</translation>
    </message>
    <message>
        <source>Price as the provider lists it: %1</source>
        <translation>服务商公布的价格：%1</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>审阅（%1）</translation>
    </message>
    <message>
        <source>Begin on the previous shot&apos;s last frame (&amp;chain)</source>
        <translation>以上一个镜头的尾帧开始（衔接）(&amp;C)</translation>
    </message>
    <message>
        <source>When the previous shot&apos;s circled take is ready, its last frame becomes this shot&apos;s first frame: the cut is continuous</source>
        <translation>上一个镜头的圈选镜次就绪后，它的尾帧成为此镜头的首帧：剪切点前后连贯</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>首帧：</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>尾帧：</translation>
    </message>
    <message>
        <source>Chained: the last frame of shot %1&apos;s circled take, taken when this shot is generated.</source>
        <translation>已衔接：生成此镜头时，取镜头 %1 圈选镜次的尾帧。</translation>
    </message>
    <message>
        <source>Chained: waiting for shot %1&apos;s take.</source>
        <translation>已衔接：等待镜头 %1 的镜次。</translation>
    </message>
    <message>
        <source>⚠ Chained, but: %1</source>
        <translation>⚠ 已衔接，但：%1</translation>
    </message>
    <message>
        <source>Shot %1 has no circled take that is ready.</source>
        <translation>镜头 %1 没有就绪的圈选镜次。</translation>
    </message>
    <message>
        <source>First Frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last Frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>The picture is %1x%2 pixels: pictures over 50 megapixels are refused. Scale it down first.</source>
        <translation>图片为 %1x%2 像素：超过 5000 万像素的图片会被拒绝。请先缩小。</translation>
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
        <translation>插入镜头</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Split...</source>
        <translation>拆分...</translation>
    </message>
    <message>
        <source>Restore to Edit</source>
        <translation>恢复到剪辑</translation>
    </message>
    <message>
        <source>Mark as Cut</source>
        <translation>标为剪掉</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotName</name>
    <message>
        <source>Shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>SHOT %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>镜次 %1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotRangeBox</name>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>&amp;All shots (%1)</source>
        <translation>全部镜头（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Selected shots (%1)</source>
        <translation>所选镜头（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;cene:</source>
        <translation>场景(&amp;C)：</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotReviewsView</name>
    <message>
        <source>No reviews yet. File &gt; Export Review Package sends the shots to the team; File &gt; Import Review brings their decisions back.</source>
        <translation>还没有审阅。“文件 &gt; 导出审阅包”把镜头发给团队；“文件 &gt; 导入审阅”把他们的决定带回来。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Preferred take</source>
        <translation>首选镜次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>审阅人的意见</translation>
    </message>
    <message>
        <source>The selected reviewer&apos;s note</source>
        <translation>所选审阅人的意见</translation>
    </message>
    <message>
        <source>Circle Preferred Take</source>
        <translation>圈选首选镜次</translation>
    </message>
    <message>
        <source>Circle the take this reviewer preferred (undoable)</source>
        <translation>圈选该审阅人首选的镜次（可撤销）</translation>
    </message>
    <message>
        <source>Remove Review</source>
        <translation>删除审阅</translation>
    </message>
    <message>
        <source>Remove the selected review from the shot (undoable)</source>
        <translation>从镜头中删除所选审阅（可撤销）</translation>
    </message>
    <message>
        <source>Remove review by %1</source>
        <translation>删除 %1 的审阅</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>（已不存在）</translation>
    </message>
    <message>
        <source>%1 (circled)</source>
        <translation>%1（已圈选）</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotSelection</name>
    <message>
        <source>no shot &quot;%1&quot; in the range &quot;%2&quot;</source>
        <translation>范围“%2”中没有镜头“%1”</translation>
    </message>
    <message>
        <source>no scene &quot;%1&quot; in the project</source>
        <translation>项目中没有场景“%1”</translation>
    </message>
    <message>
        <source>the selection contains no shot</source>
        <translation>所选范围不包含任何镜头</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ShotViewer</name>
    <message>
        <source>An empty sequence: insert a shot to begin.</source>
        <translation>序列为空：插入一个镜头开始吧。</translation>
    </message>
    <message>
        <source>Select a shot on the timeline.</source>
        <translation>在时间线上选择一个镜头。</translation>
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
        <translation>场记板 · %1 秒</translation>
    </message>
</context>
<context>
    <name>ShotBrief::SplitDialog</name>
    <message>
        <source>Split Shot %1</source>
        <translation>拆分镜头 %1</translation>
    </message>
    <message>
        <source>Two 4-second clips cut together often beat one long clip. Choose the parts and where each action beat goes.</source>
        <translation>两个 4 秒片段剪在一起往往胜过一个长片段。请选择拆分的段数以及每个动作节拍归属哪一段。</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>段数(&amp;P)：</translation>
    </message>
    <message>
        <source>Action beat</source>
        <translation>动作节拍</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>归入</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Action beats and the part each goes to</source>
        <translation>动作节拍及其所属段落</translation>
    </message>
    <message>
        <source>Part for beat %1</source>
        <translation>节拍 %1 所属段落</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>第 %1 段</translation>
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
        <translation>提示词已改</translation>
    </message>
    <message>
        <source>model %1, now %2</source>
        <translation>模型原为 %1，现为 %2</translation>
    </message>
    <message>
        <source>size %1, now %2</source>
        <translation>尺寸原为 %1，现为 %2</translation>
    </message>
    <message>
        <source>length %1, now %2</source>
        <translation>时长原为 %1，现为 %2</translation>
    </message>
    <message>
        <source>Out of date: %1.</source>
        <translation>已过期：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>a last frame was added</source>
        <translation>添加了尾帧</translation>
    </message>
    <message>
        <source>the last frame was removed</source>
        <translation>尾帧已移除</translation>
    </message>
    <message>
        <source>the last frame changed</source>
        <translation>尾帧已更改</translation>
    </message>
    <message>
        <source>the shot now begins on the previous shot&apos;s last frame</source>
        <translation>该镜头现在以上一个镜头的尾帧开始</translation>
    </message>
    <message>
        <source>it began on %1 of the previous shot, which is no longer circled</source>
        <translation>它从上一个镜头的 %1 开始，而那个镜次已不再是圈选镜次</translation>
    </message>
    <message>
        <source>it began on %1 of the previous shot; %2 is circled now</source>
        <translation>它从上一个镜头的 %1 开始；现在圈选的是 %2</translation>
    </message>
    <message>
        <source>a take no longer there</source>
        <translation>一个已不存在的镜次</translation>
    </message>
    <message>
        <source>a first frame was added</source>
        <translation>新增了首帧</translation>
    </message>
    <message>
        <source>the first frame was removed</source>
        <translation>首帧已移除</translation>
    </message>
    <message>
        <source>the first frame changed</source>
        <translation>首帧已更换</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakeStatus</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>渲染中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakeStore</name>
    <message>
        <source>The shot %1 no longer exists.</source>
        <translation>镜头 %1 已不存在。</translation>
    </message>
    <message>
        <source>The take %1 exists already.</source>
        <translation>镜次 %1 已存在。</translation>
    </message>
    <message>
        <source>The take %1 no longer exists.</source>
        <translation>镜次 %1 已不存在。</translation>
    </message>
    <message>
        <source>The spend ledger has no entry for take %1.</source>
        <translation>支出记录中没有镜次 %1 的条目。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TakesPanel</name>
    <message>
        <source>Send the shot&apos;s prompt to the provider</source>
        <translation>将镜头的提示词发送给服务商</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>How many variants to generate</source>
        <translation>要生成的变体数量</translation>
    </message>
    <message>
        <source>Fine-tune the selected take: describe one change</source>
        <translation>微调所选镜次：描述一处改动</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>镜次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Make the selected take the one used in the sequence</source>
        <translation>将所选镜次设为序列中使用的镜次</translation>
    </message>
    <message>
        <source>Reveal in File Manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>No shot selected.</source>
        <translation>未选择镜头。</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>镜次 %1</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体数量</translation>
    </message>
    <message>
        <source>Remi&amp;x...</source>
        <translation>混编(&amp;X)...</translation>
    </message>
    <message>
        <source>Cancel Ta&amp;ke</source>
        <translation>取消镜次(&amp;K)</translation>
    </message>
    <message>
        <source>Stop the selected take while it is queued or rendering</source>
        <translation>在所选镜次排队或渲染时将其停止</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <source>Send a failed, canceled or expired take again</source>
        <translation>重新发送失败、已取消或已过期的镜次</translation>
    </message>
    <message>
        <source>Circle &amp;Take</source>
        <translation>圈选镜次(&amp;T)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Charged %1 by the provider; estimated %2 (%3).</source>
        <translation>服务商实际收费 %1；预估 %2（%3）。</translation>
    </message>
    <message>
        <source>%1, preferred by %2</source>
        <translation>%1，%2 首选</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>镜次</translation>
    </message>
    <message>
        <source>Take details</source>
        <translation>镜次详情</translation>
    </message>
    <message>
        <source>Select a take to see how it was made and any error.</source>
        <translation>选择一个镜次，查看其生成方式及错误。</translation>
    </message>
    <message>
        <source>Project provider: %1</source>
        <translation>项目服务商：%1</translation>
    </message>
    <message>
        <source>circled</source>
        <translation>已圈选</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>可用至</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Change asked for</source>
        <translation>要求的修改</translation>
    </message>
    <message>
        <source>%1 has no takes yet.</source>
        <translation>%1 还没有镜次。</translation>
    </message>
    <message>
        <source>Takes of %1 (● circled):</source>
        <translation>%1 的镜次（● 已圈选）：</translation>
    </message>
    <message>
        <source>%1 · out of date</source>
        <translation>%1 · 已过期</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TimelineAccessible</name>
    <message numerus="yes">
        <source>%1, %n second(s)</source>
        <translation>
            <numerusform>%1，%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>circled: %1, %2</source>
        <translation>已圈选：%1，%2</translation>
    </message>
    <message>
        <source>no take yet</source>
        <translation>尚无镜次</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s), none circled</source>
        <translation>
            <numerusform>%n 个镜次，未圈选</numerusform>
        </translation>
    </message>
    <message>
        <source>no lint findings</source>
        <translation>无检查结果</translation>
    </message>
    <message numerus="yes">
        <source>%n lint finding(s): %1</source>
        <translation>
            <numerusform>%n 条检查结果：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The shots in order. Left and Right move between them, Enter edits one, Insert adds a shot, Delete removes it.</source>
        <translation>按顺序排列的镜头。左右方向键在镜头间移动，Enter 编辑所选镜头，Insert 添加镜头，Delete 删除镜头。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>%n 个镜次</numerusform>
        </translation>
    </message>
    <message>
        <source>no take</source>
        <translation>无镜次</translation>
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
            <numerusform>以及另外 %n 条检查结果</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2s · %3 s used</source>
        <translation>%1 · %2 秒 · 使用 %3 秒</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪掉</translation>
    </message>
    <message>
        <source>Cut from the edit: not in the sequence or any export until it is restored (Shift+E).</source>
        <translation>已从剪辑中剪掉：恢复之前不会出现在序列和任何导出中（Shift+E）。</translation>
    </message>
    <message>
        <source>The edit uses %1 to %2 s of the take (%3 s).</source>
        <translation>剪辑使用该镜次的 %1 至 %2 秒（%3 秒）。</translation>
    </message>
    <message>
        <source>● %1 · out of date</source>
        <translation>● %1 · 已过期</translation>
    </message>
    <message>
        <source>No shots yet. Press Insert (or Edit &gt; Insert Shot) to add the first one.</source>
        <translation>还没有镜头。按 Insert 键（或“编辑 &gt; 插入镜头”）添加第一个镜头。</translation>
    </message>
    <message>
        <source>Cut %1 → %2</source>
        <translation>剪切点 %1 → %2</translation>
    </message>
    <message>
        <source>Chained: shot %1 begins on the last frame of shot %2&apos;s circled take.</source>
        <translation>已衔接：镜头 %1 以镜头 %2 圈选镜次的尾帧开始。</translation>
    </message>
    <message>
        <source>Matched: the frames either side are the same picture.</source>
        <translation>已匹配：剪切点两侧是同一画面。</translation>
    </message>
    <message>
        <source>Jump: shot %1 is chained, but its take does not begin where shot %2&apos;s circled take ends. Generate shot %1 again.</source>
        <translation>跳变：镜头 %1 已衔接，但它的镜次并非从镜头 %2 圈选镜次的结束处开始。请重新生成镜头 %1。</translation>
    </message>
    <message>
        <source>Jump: the picture changes at the cut.</source>
        <translation>跳变：画面在剪切点处发生变化。</translation>
    </message>
    <message>
        <source>Not measured: circle a ready take of both shots.</source>
        <translation>未测量：请为两个镜头各圈选一个就绪镜次。</translation>
    </message>
    <message>
        <source>Mean difference of the frames: %1 of 255 (under %2 is continuous).</source>
        <translation>帧的平均差：%1 / 255（低于 %2 即为连贯）。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::Validator</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>expected 0 (no cap) or a positive amount</source>
        <translation>应为 0（不设上限）或正数金额</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>expected one of %1 for %2, got &quot;%3&quot;</source>
        <translation>%2 应为 %1 之一，实际为“%3”</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>a colour needs a name or a hex value</source>
        <translation>颜色需要名称或十六进制值</translation>
    </message>
    <message>
        <source>expected a colour like #1f6f78, got &quot;%1&quot;</source>
        <translation>应为类似 #1f6f78 的颜色，实际为“%1”</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>缺少 ID</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>ID“%1”重复</translation>
    </message>
    <message>
        <source>duplicate shot id &quot;%1&quot;</source>
        <translation>镜头 ID“%1”重复</translation>
    </message>
    <message>
        <source>no scene has the id &quot;%1&quot;</source>
        <translation>没有场景的 ID 为“%1”</translation>
    </message>
    <message>
        <source>no cast member has the id &quot;%1&quot;</source>
        <translation>没有演员的 ID 为“%1”</translation>
    </message>
    <message>
        <source>empty dialogue line</source>
        <translation>空的台词行</translation>
    </message>
    <message>
        <source>duplicate take id &quot;%1&quot;</source>
        <translation>镜次 ID“%1”重复</translation>
    </message>
    <message>
        <source>expected 0 to 100, got %1</source>
        <translation>应为 0 到 100，实际为 %1</translation>
    </message>
    <message>
        <source>no take of this shot has the id &quot;%1&quot;</source>
        <translation>此镜头没有 ID 为“%1”的镜次</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT in pixels such as 1280x720, got &quot;%1&quot;</source>
        <translation>应为以像素表示的“宽x高”，例如 1280x720，实际为“%1”</translation>
    </message>
    <message>
        <source>the out point (%1 ms) must come after the in point (%2 ms)</source>
        <translation>出点（%1 毫秒）必须在入点（%2 毫秒）之后</translation>
    </message>
    <message>
        <source>missing reviewer</source>
        <translation>缺少审阅人</translation>
    </message>
    <message>
        <source>a second review by &quot;%1&quot;</source>
        <translation>“%1”的第二条审阅</translation>
    </message>
</context>
<context>
    <name>ShotBrief::VideoJob</name>
    <message>
        <source>Unreadable answer from the provider: %1</source>
        <translation>服务商的应答无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ShotBrief::VideoProvider</name>
    <message>
        <source>&quot;%1&quot; has no model catalog: its models are typed in its profile.</source>
        <translation>“%1”没有模型目录：其模型在配置中手动填写。</translation>
    </message>
</context>
<context>
    <name>ShotBrief::ViewerTabs</name>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Compare Takes</source>
        <translation>比较镜次</translation>
    </message>
    <message>
        <source>The selected shot: its picture or slate</source>
        <translation>所选镜头：其画面或场记板</translation>
    </message>
    <message>
        <source>Play the circled takes of all shots as one film (Space, J/K/L)</source>
        <translation>将所有镜头的圈选镜次连成一部影片播放（空格、J/K/L）</translation>
    </message>
    <message>
        <source>Two to four takes of the selected shot side by side; 1-4 circles</source>
        <translation>并排显示所选镜头的两到四个镜次；按 1-4 圈选</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>分镜图</translation>
    </message>
    <message>
        <source>Draw the selected shot&apos;s frame: pen, brush, camera arrows, notes</source>
        <translation>绘制所选镜头的画面：钢笔、画笔、运镜箭头、注释</translation>
    </message>
    <message>
        <source>Board Grid</source>
        <translation>分镜网格</translation>
    </message>
    <message>
        <source>Every shot as a storyboard panel, grouped by scene</source>
        <translation>每个镜头显示为一格故事板画格，按场景分组</translation>
    </message>
    <message>
        <source>Use Frame as First Frame of &amp;Next Shot</source>
        <translation>将此帧用作下一个镜头的首帧(&amp;N)</translation>
    </message>
    <message>
        <source>The frame on screen becomes the first frame of the next shot (F)</source>
        <translation>屏幕上的这一帧成为下一个镜头的首帧（F）</translation>
    </message>
    <message>
        <source>Use Frame as &amp;Last Frame of This Shot</source>
        <translation>将此帧用作本镜头的尾帧(&amp;L)</translation>
    </message>
    <message>
        <source>The frame on screen becomes this shot&apos;s last frame (Shift+F)</source>
        <translation>屏幕上的这一帧成为本镜头的尾帧（Shift+F）</translation>
    </message>
    <message>
        <source>Frame → Next Shot&apos;s First</source>
        <translation>此帧 → 下一镜头首帧</translation>
    </message>
    <message>
        <source>Frame → This Shot&apos;s Last</source>
        <translation>此帧 → 本镜头尾帧</translation>
    </message>
    <message>
        <source>No frame on screen to use: play or step to a frame of a take.</source>
        <translation>屏幕上没有可用的帧：请播放或逐帧移动到某个镜次的画面。</translation>
    </message>
    <message>
        <source>Shot %1 is the last shot: there is no next shot to begin on this frame.</source>
        <translation>镜头 %1 是最后一个镜头：没有下一个镜头可以从此帧开始。</translation>
    </message>
    <message>
        <source>Save the project first: pictures are copied into its media folder.</source>
        <translation>请先保存项目：图片会被复制到项目的媒体文件夹。</translation>
    </message>
    <message>
        <source>Shot %1 now begins on this frame of shot %2.</source>
        <translation>镜头 %1 现在从镜头 %2 的这一帧开始。</translation>
    </message>
    <message>
        <source>Shot %1 now ends on this frame.</source>
        <translation>镜头 %1 现在以这一帧结束。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan, prompt, generate and preview AI film sequences.</source>
        <translation>规划、撰写提示词、生成并预览 AI 影片序列。</translation>
    </message>
    <message>
        <source>The .shotbrief project to open.</source>
        <translation>要打开的 .shotbrief 项目。</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>颜色主题：system（跟随系统）、light（浅色）或 dark（深色）。</translation>
    </message>
</context>
</TS>
