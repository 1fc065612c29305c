// SPDX-License-Identifier: MIT
// Drives the emulator with the official OpenAI Node SDK, unchanged: multipart create with an
// input_reference file part, retrieve until done, list with auto-pagination, content download
// (video and thumbnail), remix, a validation error, delete. Prints "OK <step>" per step and
// exits non-zero at the first surprise. Usage: node sdk_conformance.cjs BASE_URL REF_PNG
// (NODE_PATH must reach an installed `openai` package).
const fs = require('node:fs');
const { default: OpenAI, toFile } = require('openai');

function check(condition, message) {
    if (!condition) {
        console.error('FAIL ' + message);
        process.exit(1);
    }
}

async function main() {
    const [baseURL, refPng] = process.argv.slice(2);
    const client = new OpenAI({ apiKey: 'sk-sdk-check', baseURL, maxRetries: 0 });

    let video = await client.videos.create({
        prompt: 'A night market.\nLighting + palette: sodium; palette: teal, sand, rust',
        model: 'sora-2',
        seconds: '4',
        size: '1280x720',
        input_reference: await toFile(fs.readFileSync(refPng), 'ref.png', { type: 'image/png' }),
    });
    check(video.id.startsWith('video_') && video.status === 'queued', 'create ' + JSON.stringify(video));
    console.log('OK create');

    for (let i = 0; i < 300 && video.status !== 'completed' && video.status !== 'failed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        video = await client.videos.retrieve(video.id);
    }
    check(video.status === 'completed' && video.progress === 100, 'retrieve ' + JSON.stringify(video));
    console.log('OK retrieve');

    const second = await client.videos.create({ prompt: 'second', size: '720x1280' });
    const ids = [];
    for await (const item of client.videos.list({ limit: 1 }))
        ids.push(item.id);
    check(ids.length === 2 && ids[0] === second.id && ids[1] === video.id, 'list ' + ids);
    console.log('OK list');

    const content = await client.videos.downloadContent(video.id);
    const bytes = Buffer.from(await content.arrayBuffer());
    check(bytes.length > 1000 && bytes.subarray(4, 8).toString() === 'ftyp', 'download video');
    const thumb = Buffer.from(await (await client.videos.downloadContent(video.id, { variant: 'thumbnail' })).arrayBuffer());
    check(thumb.subarray(8, 12).toString() === 'WEBP', 'download thumbnail');
    console.log('OK download');

    const remix = await client.videos.remix(video.id, { prompt: 'at dawn' });
    check(remix.remixed_from_video_id === video.id, 'remix ' + JSON.stringify(remix));
    console.log('OK remix');

    const extension = await client.videos.extend({ prompt: 'and then', seconds: '8', video: { id: video.id } });
    check(extension.remixed_from_video_id === video.id && extension.seconds === '8', 'extend ' + JSON.stringify(extension));
    const edit = await client.videos.edit({ prompt: 'greener', video: { id: video.id } });
    check(edit.remixed_from_video_id === video.id, 'edit ' + JSON.stringify(edit));
    console.log('OK extend');

    try {
        await client.videos.create({ prompt: 'x', size: '1024x1792' });
        check(false, 'a sora-2 create with a pro size must fail');
    } catch (e) {
        check(e.status === 400 && e.error && e.error.param === 'size', 'error shape ' + e);
    }
    console.log('OK error');

    const deleted = await client.videos.delete(video.id);
    check(deleted.deleted === true && deleted.object === 'video.deleted', 'delete');
    try {
        await client.videos.retrieve(video.id);
        check(false, 'retrieve after delete must fail');
    } catch (e) {
        check(e.status === 404, 'retrieve after delete ' + e);
    }
    console.log('OK delete');
}

main().catch((e) => {
    console.error('FAIL ' + (e && e.stack ? e.stack : e));
    process.exit(1);
});
