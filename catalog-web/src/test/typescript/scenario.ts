// An integrator's scenario through the TypeScript (fetch) client the build generates from the committed contract:
// a v1 product with options, a query, the V3 read and an update at the read revision, and a webhook subscription.
// GeneratedTypeScriptClientIT compiles and runs it with node; CATALOG_BASE_URL and CATALOG_TOKEN say where and who.
import {
    Configuration,
    ProductOptionOptionTypeEnum,
    ProductProductTypeEnum,
    ProductsApi,
    ProductsV3Api,
    ResponseError,
    WebhookSubscriptionFormatEnum,
    WebhooksApi,
} from './generated';

// The one part of node's API used here (no @types/node needed).
declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function check(condition: boolean, message: string): void {
    if (!condition) {
        throw new Error('check failed: ' + message);
    }
}

async function main(): Promise<void> {
    const basePath = (process.env.CATALOG_BASE_URL ?? '').replace(/\/$/, '');
    const token = process.env.CATALOG_TOKEN;
    check(basePath !== '' && token !== undefined, 'CATALOG_BASE_URL and CATALOG_TOKEN are set');
    const configuration = new Configuration({ basePath, accessToken: token });
    const products = new ProductsApi(configuration);
    const productsV3 = new ProductsV3Api(configuration);
    const webhooks = new WebhooksApi(configuration);
    const name = 'TypeScript shirt ' + Date.now();

    const created = (await products.createProduct({
        productEnvelope: {
            product: {
                name,
                productType: ProductProductTypeEnum.Physical,
                priceData: { price: 12.5 },
                manageVariants: true,
                productOptions: [{
                    name: 'Size',
                    optionType: ProductOptionOptionTypeEnum.DropDown,
                    choices: [{ value: 'S', description: 'Small' }, { value: 'M', description: 'Medium' }],
                }],
            },
        },
    })).product;
    const id = created?.id;
    check(id !== undefined, 'the created product has an id');
    check(created?.productOptions?.[0]?.choices?.length === 2, 'the option has its two choices');
    check(created?.variants?.length === 2, 'a variant per choice');
    console.log('created product ' + id);

    const found = await products.queryProducts({
        queryProductsRequest: { query: { filter: { name }, sort: [{ numericId: 'asc' }], paging: { limit: 10, offset: 0 } } },
    });
    check(found.products?.length === 1 && found.products[0].id === id, 'the query finds the product');
    console.log('query found ' + found.products?.length);

    const read = (await productsV3.getProductV3({ productId: id! })).product;
    check(read?.name === name, 'V3 reads the product');
    const revision = read?.revision;
    check(revision !== undefined, 'V3 answers a revision');

    // The V3 update's body is a free JSON object in the contract.
    const updated = (await productsV3.updateProductV3({
        productId: id!,
        body: { product: { revision, name: name + ' (v3)' } },
    })).product;
    check(updated?.name === name + ' (v3)', 'V3 updates the name');
    check(updated?.revision !== revision, 'the update moves the revision');
    console.log('v3 revision ' + revision + ' -> ' + updated?.revision);

    try {
        await productsV3.updateProductV3({ productId: id!, body: { product: { revision, name: 'Stale' } } });
        throw new Error('check failed: an update at a stale revision is refused');
    } catch (e) {
        check(e instanceof ResponseError, 'a refusal is a ResponseError');
        const response = (e as ResponseError).response;
        const body = await response.text();
        check(response.status === 409 && body.includes('STALE_REVISION'), 'a stale revision answers 409');
        console.log('stale update refused ' + response.status);
    }

    const subscription = (await webhooks.createWebhookSubscription({
        webhookSubscriptionEnvelope: {
            subscription: {
                // The test servers allow private targets; nothing is delivered (only ProductDeleted, never raised here).
                targetUrl: 'http://127.0.0.1:9/hooks/catalog',
                eventTypes: ['ProductDeleted'],
                format: WebhookSubscriptionFormatEnum.Standard,
            },
        },
    })).subscription;
    check(subscription?.id !== undefined, 'the subscription has an id');
    check(subscription?.secret?.startsWith('whsec_') === true, 'the creation answers the secret');
    console.log('subscription ' + subscription?.id);

    console.log('SCENARIO OK');
}

main().catch(async (e: unknown) => {
    if (e instanceof ResponseError) {
        console.error('HTTP ' + e.response.status + ': ' + (await e.response.text()));
    } else {
        console.error(e);
    }
    process.exitCode = 1;
});
