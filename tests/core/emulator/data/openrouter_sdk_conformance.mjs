// SPDX-License-Identifier: MIT
// Drives the emulator's OpenRouter dialect with the official @openrouter/sdk, unchanged: the
// model catalog, a create with first and last frame images (data URLs), polling to completion
// with usage.cost, the content download, a size-based model, validation errors, 409 before
// completion and 401 for another key. Prints "OK <step>" per step and exits non-zero at the first
// surprise. Usage: node openrouter_sdk_conformance.mjs NODE_MODULES BASE_URL KEY REF_PNG
// (the SDK is an ES module: it is imported from NODE_MODULES through its own package entry).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function check(condition, message) {
    if (!condition) {
        console.error('FAIL ' + message);
        process.exit(1);
    }
}

async function expectError(promise, status, what) {
    try {
        await promise;
    } catch (error) {
        check(error.error && error.error.code === status && typeof error.error.message === 'string',
            what + ': ' + error.name + ' ' + JSON.stringify(error.error));
        return error;
    }
    check(false, what + ': no error');
}

async function main() {
    const [modules, serverURL, apiKey, refPng] = process.argv.slice(2);
    const entry = createRequire(path.join(modules, 'package.json')).resolve('@openrouter/sdk');
    const { OpenRouter } = await import(pathToFileURL(entry).href);
    const client = new OpenRouter({ apiKey, serverURL, retryConfig: { strategy: 'none' } });

    const catalog = await client.videoGeneration.listVideosModels();
    const models = catalog.data;
    check(models.length >= 3, 'models ' + models.length);
    const frames = (m) => (m.supportedFrameImages || []).join(',');
    check(models.some((m) => frames(m) === 'first_frame,last_frame'), 'a first+last frame model');
    check(models.some((m) => frames(m) === 'first_frame'), 'a first-frame-only model');
    check(models.some((m) => frames(m) === ''), 'a model without frame images');
    const durations = new Set(models.map((m) => JSON.stringify(m.supportedDurations)));
    check(durations.size >= 3, 'duration sets ' + [...durations]);
    check(models.every((m) => m.pricingSkus && Object.keys(m.pricingSkus).length > 0), 'pricing skus');
    console.log('OK models');

    const dataUrl = 'data:image/png;base64,' + fs.readFileSync(refPng).toString('base64');
    const veo = models.find((m) => frames(m) === 'first_frame,last_frame');
    let job = await client.videoGeneration.generate({
        videoGenerationRequest: {
            model: veo.id,
            prompt: 'A night market in the rain.\nLighting: sodium lamps; palette: teal, sand, rust',
            duration: veo.supportedDurations[0],
            resolution: veo.supportedResolutions[0],
            aspectRatio: veo.supportedAspectRatios[0],
            generateAudio: true,
            seed: 7,
            frameImages: [
                { type: 'image_url', imageUrl: { url: dataUrl }, frameType: 'first_frame' },
                { type: 'image_url', imageUrl: { url: dataUrl }, frameType: 'last_frame' },
            ],
        },
    });
    check(job.id && job.status === 'pending' && job.pollingUrl.endsWith('/videos/' + job.id),
        'generate ' + JSON.stringify(job));
    console.log('OK generate');

    const early = await expectError(
        client.videoGeneration.getVideoContent({ jobId: job.id, index: 0 }), 409, 'content before completion');
    check(early.name === 'ConflictResponseError', 'conflict error class ' + early.name);

    const seen = new Set();
    for (let i = 0; i < 600 && job.status !== 'completed' && job.status !== 'failed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await client.videoGeneration.getGeneration({ jobId: job.id });
        seen.add(job.status);
    }
    check(job.status === 'completed', 'poll ' + JSON.stringify(job));
    check(seen.has('in_progress'), 'statuses seen ' + [...seen]);
    check(job.unsignedUrls.length === 1 && job.unsignedUrls[0].includes('/content'), 'urls ' + job.unsignedUrls);
    check(job.usage && job.usage.cost > 0 && job.usage.isByok === false, 'usage ' + JSON.stringify(job.usage));
    console.log('OK poll');

    const stream = await client.videoGeneration.getVideoContent({ jobId: job.id, index: 0 });
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(Buffer.from(chunk));
    const bytes = Buffer.concat(chunks);
    check(bytes.length > 1000 && bytes.subarray(4, 8).toString() === 'ftyp', 'content ' + bytes.length);
    console.log('OK content');

    const sized = models.find((m) => m.supportedSizes && m.supportedSizes.length > 0);
    check(sized, 'a size-based model');
    const sizedJob = await client.videoGeneration.generate({
        videoGenerationRequest: { model: sized.id, prompt: 'A lantern', duration: sized.supportedDurations[0],
            size: sized.supportedSizes[0] },
    });
    check(sizedJob.status === 'pending', 'size-based generate ' + JSON.stringify(sizedJob));
    console.log('OK size');

    const bad = await expectError(client.videoGeneration.generate({
        videoGenerationRequest: { model: veo.id, prompt: 'x', duration: 7 },
    }), 400, 'bad duration');
    check(bad.name === 'BadRequestResponseError', 'bad request class ' + bad.name);
    const firstOnly = models.find((m) => frames(m) === 'first_frame');
    await expectError(client.videoGeneration.generate({
        videoGenerationRequest: { model: firstOnly.id, prompt: 'x',
            frameImages: [{ type: 'image_url', imageUrl: { url: dataUrl }, frameType: 'last_frame' }] },
    }), 400, 'last frame on a first-frame-only model');
    await expectError(client.videoGeneration.generate({
        videoGenerationRequest: { model: 'nobody/no-such-model', prompt: 'x' },
    }), 400, 'unknown model');
    await expectError(client.videoGeneration.getGeneration({ jobId: 'vgen_missing' }), 404, 'unknown job');
    console.log('OK errors');

    const stranger = new OpenRouter({ apiKey: 'sk-or-v1-someone-else', serverURL, retryConfig: { strategy: 'none' } });
    const denied = await expectError(stranger.videoGeneration.generate({
        videoGenerationRequest: { model: veo.id, prompt: 'x' },
    }), 401, 'another key');
    check(denied.name === 'UnauthorizedResponseError', 'unauthorized class ' + denied.name);
    console.log('OK auth');
}

main().catch((error) => {
    console.error('FAIL ' + (error && error.stack ? error.stack : error));
    process.exit(1);
});
