# @generated from spec/ops/*.yaml (derivatives) by codegen/templates/gradients.py.j2 — do not edit
"""Gradient rules of the backend functions, one per spec entry with derivatives.

`rule(grad, result, **arguments)` returns {argument: gradient}: `grad` is the
gradient of the result (a tuple for several results), `result` the function's
output. Formulas are the spec's, with the derivative vocabulary bound to
backend functions (keras_numba._runtime.derivatives), so on symbolic tensors
they build differentiable graphs. NOT_IMPLEMENTED marks a missing formula;
the autodiff engine reports it only when that gradient is needed.
"""

from keras_numba._runtime.autodiff import NOT_IMPLEMENTED
from keras_numba._runtime.derivatives import (
    batch_dot_grad_x,
    batch_dot_grad_y,
    bias_add_grad,
    cast_like,
    cos,
    cumsum,
    dot_grad_x,
    dot_grad_y,
    equal,
    exp,
    flip,
    log,
    logical_and,
    maximum,
    mean_over,
    minimum,
    ones_like,
    operators,
    permute_back,
    reduced_size,
    reshape_like,
    scatter_add_like,
    sigmoid,
    sign,
    sin,
    slice_grad_like,
    split_like,
    sqrt,
    square,
    sum_keep,
    unpad,
    unreduce,
    unrepeat,
    unstack_like,
    untile,
    where,
    zeros_like,
)
from keras_numba._runtime.derivatives import lifted_module

array_ops = lifted_module('array_ops')

conv = lifted_module('conv')

ctc = lifted_module('ctc')

losses = lifted_module('losses')

normalization = lifted_module('normalization')

pooling = lifted_module('pooling')

rng = lifted_module('rng')


def grad_abs(grad, result, x):  # spec/ops/abs.yaml
    return {
        'x': grad * sign(x),
    }


grad_abs.keyword_rule = True


def grad_add(grad, result, x, y):  # spec/ops/add.yaml
    return {
        'x': grad,
        'y': grad,
    }


grad_add.keyword_rule = True


def grad_batch_dot(grad, result, x, y, axes=None):  # spec/ops/batch_dot.yaml
    return {
        'x': batch_dot_grad_x(grad, x, y, axes),
        'y': batch_dot_grad_y(grad, x, y, axes),
    }


grad_batch_dot.keyword_rule = True


def grad_batch_flatten(grad, result, x):  # spec/ops/batch_flatten.yaml
    return {
        'x': reshape_like(grad, x),
    }


grad_batch_flatten.keyword_rule = True


def grad_batch_normalization(grad, result, x, mean, var, beta, gamma, axis=-1, epsilon=0.001):  # spec/ops/batch_normalization.yaml
    return {
        'x': normalization.batch_normalization_grad(grad, x, mean, var, beta, gamma, axis, epsilon, 'x'),
        'mean': normalization.batch_normalization_grad(grad, x, mean, var, beta, gamma, axis, epsilon, 'mean'),
        'var': normalization.batch_normalization_grad(grad, x, mean, var, beta, gamma, axis, epsilon, 'var'),
        'beta': normalization.batch_normalization_grad(grad, x, mean, var, beta, gamma, axis, epsilon, 'beta'),
        'gamma': normalization.batch_normalization_grad(grad, x, mean, var, beta, gamma, axis, epsilon, 'gamma'),
    }


grad_batch_normalization.keyword_rule = True


def grad_bias_add(grad, result, x, bias, data_format=None):  # spec/ops/bias_add.yaml
    return {
        'x': grad,
        'bias': bias_add_grad(grad, x, bias, data_format),
    }


grad_bias_add.keyword_rule = True


def grad_binary_crossentropy(grad, result, target, output, from_logits=False):  # spec/ops/binary_crossentropy.yaml
    return {
        'target': losses.binary_crossentropy_grad(grad, target, output, from_logits, 'target'),
        'output': losses.binary_crossentropy_grad(grad, target, output, from_logits, 'output'),
    }


grad_binary_crossentropy.keyword_rule = True


def grad_cast(grad, result, x, dtype):  # spec/ops/cast.yaml
    return {
        'x': cast_like(grad, x),
    }


grad_cast.keyword_rule = True


def grad_cast_to_floatx(grad, result, x):  # spec/ops/cast_to_floatx.yaml
    return {
        'x': cast_like(grad, x),
    }


grad_cast_to_floatx.keyword_rule = True


def grad_categorical_crossentropy(grad, result, target, output, from_logits=False, axis=-1):  # spec/ops/categorical_crossentropy.yaml
    return {
        'target': losses.categorical_crossentropy_grad(grad, target, output, from_logits, axis, 'target'),
        'output': losses.categorical_crossentropy_grad(grad, target, output, from_logits, axis, 'output'),
    }


grad_categorical_crossentropy.keyword_rule = True


def grad_clip(grad, result, x, min_value, max_value):  # spec/ops/clip.yaml
    return {
        'x': grad * where(logical_and(x >= min_value, x <= max_value), ones_like(x), zeros_like(x)),
        'min_value': grad * where(minimum(x, max_value) < min_value, ones_like(min_value), zeros_like(min_value)),
        'max_value': grad * where(logical_and(x > max_value, max_value >= min_value), ones_like(max_value), zeros_like(max_value)),
    }


grad_clip.keyword_rule = True


def grad_concatenate(grad, result, tensors, axis=-1):  # spec/ops/concatenate.yaml
    return {
        'tensors': split_like(grad, tensors, axis),
    }


grad_concatenate.keyword_rule = True


def grad_conv1d(grad, result, x, kernel, strides=1, padding='valid', data_format=None, dilation_rate=1):  # spec/ops/conv1d.yaml
    return {
        'x': conv.conv1d_grad_input(grad, x, kernel, strides, padding, data_format, dilation_rate),
        'kernel': conv.conv1d_grad_kernel(grad, x, kernel, strides, padding, data_format, dilation_rate),
    }


grad_conv1d.keyword_rule = True


def grad_conv2d(grad, result, x, kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):  # spec/ops/conv2d.yaml
    return {
        'x': conv.conv2d_grad_input(grad, x, kernel, strides, padding, data_format, dilation_rate),
        'kernel': conv.conv2d_grad_kernel(grad, x, kernel, strides, padding, data_format, dilation_rate),
    }


grad_conv2d.keyword_rule = True


def grad_conv2d_transpose(grad, result, x, kernel, output_shape, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):  # spec/ops/conv2d_transpose.yaml
    return {
        'x': conv.conv2d_transpose_grad_input(grad, x, kernel, output_shape, strides, padding, data_format, dilation_rate),
        'kernel': conv.conv2d_transpose_grad_kernel(grad, x, kernel, output_shape, strides, padding, data_format, dilation_rate),
    }


grad_conv2d_transpose.keyword_rule = True


def grad_conv3d(grad, result, x, kernel, strides=(1, 1, 1), padding='valid', data_format=None, dilation_rate=(1, 1, 1)):  # spec/ops/conv3d.yaml
    return {
        'x': conv.conv3d_grad_input(grad, x, kernel, strides, padding, data_format, dilation_rate),
        'kernel': conv.conv3d_grad_kernel(grad, x, kernel, strides, padding, data_format, dilation_rate),
    }


grad_conv3d.keyword_rule = True


def grad_conv3d_transpose(grad, result, x, kernel, output_shape, strides=(1, 1, 1), padding='valid', data_format=None):  # spec/ops/conv3d_transpose.yaml
    return {
        'x': conv.conv3d_transpose_grad_input(grad, x, kernel, output_shape, strides, padding, data_format),
        'kernel': conv.conv3d_transpose_grad_kernel(grad, x, kernel, output_shape, strides, padding, data_format),
    }


grad_conv3d_transpose.keyword_rule = True


def grad_cos(grad, result, x):  # spec/ops/cos.yaml
    return {
        'x': -grad * sin(x),
    }


grad_cos.keyword_rule = True


def grad_ctc_batch_cost(grad, result, y_true, y_pred, input_length, label_length):  # spec/ops/ctc_batch_cost.yaml
    return {
        'y_pred': ctc.ctc_batch_cost_grad(grad, y_true, y_pred, input_length, label_length),
    }


grad_ctc_batch_cost.keyword_rule = True


def grad_cumprod(grad, result, x, axis=0):  # spec/ops/cumprod.yaml
    return {
        'x': array_ops.cumprod_grad(grad, x, axis),
    }


grad_cumprod.keyword_rule = True


def grad_cumsum(grad, result, x, axis=0):  # spec/ops/cumsum.yaml
    return {
        'x': flip(cumsum(flip(grad, axis), axis), axis),
    }


grad_cumsum.keyword_rule = True


def grad_depthwise_conv2d(grad, result, x, depthwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):  # spec/ops/depthwise_conv2d.yaml
    return {
        'x': conv.depthwise_conv2d_grad_input(grad, x, depthwise_kernel, strides, padding, data_format, dilation_rate),
        'depthwise_kernel': conv.depthwise_conv2d_grad_kernel(grad, x, depthwise_kernel, strides, padding, data_format, dilation_rate),
    }


grad_depthwise_conv2d.keyword_rule = True


def grad_divide(grad, result, x, y):  # spec/ops/divide.yaml
    return {
        'x': grad / y,
        'y': -grad * x / square(y),
    }


grad_divide.keyword_rule = True


def grad_dot(grad, result, x, y):  # spec/ops/dot.yaml
    return {
        'x': dot_grad_x(grad, x, y),
        'y': dot_grad_y(grad, x, y),
    }


grad_dot.keyword_rule = True


def grad_dropout(grad, result, x, level, noise_shape=None, seed=None):  # spec/ops/dropout.yaml
    return {
        'x': rng.dropout_grad(grad, x, result, level, noise_shape, seed),
    }


grad_dropout.keyword_rule = True


def grad_elu(grad, result, x, alpha=1.0):  # spec/ops/elu.yaml
    return {
        'x': grad * where(x > 0, ones_like(x), alpha * exp(x)),
    }


grad_elu.keyword_rule = True


def grad_exp(grad, result, x):  # spec/ops/exp.yaml
    return {
        'x': grad * result,
    }


grad_exp.keyword_rule = True


def grad_expand_dims(grad, result, x, axis=-1):  # spec/ops/expand_dims.yaml
    return {
        'x': reshape_like(grad, x),
    }


grad_expand_dims.keyword_rule = True


def grad_flatten(grad, result, x):  # spec/ops/flatten.yaml
    return {
        'x': reshape_like(grad, x),
    }


grad_flatten.keyword_rule = True


def grad_gather(grad, result, reference, indices):  # spec/ops/gather.yaml
    return {
        'reference': scatter_add_like(grad, reference, indices),
    }


grad_gather.keyword_rule = True


def grad_hard_sigmoid(grad, result, x):  # spec/ops/hard_sigmoid.yaml
    return {
        'x': grad * where(logical_and(x > -2.5, x < 2.5), 0.2 * ones_like(x), zeros_like(x)),
    }


grad_hard_sigmoid.keyword_rule = True


def grad_identity(grad, result, x, name=None):  # spec/ops/identity.yaml
    return {
        'x': grad,
    }


grad_identity.keyword_rule = True


def grad_l2_normalize(grad, result, x, axis=None):  # spec/ops/l2_normalize.yaml
    return {
        'x': (grad - result * mean_over(grad * result, axis) * reduced_size(x, axis) * cast_like(mean_over(square(x), axis) * reduced_size(x, axis) > 1e-12, x)) / sqrt(maximum(mean_over(square(x), axis) * reduced_size(x, axis), 1e-12)),
    }


grad_l2_normalize.keyword_rule = True


def grad_local_conv1d(grad, result, inputs, kernel, kernel_size, strides, data_format=None):  # spec/ops/local_conv1d.yaml
    return {
        'inputs': conv.local_conv1d_grad_inputs(grad, inputs, kernel, kernel_size, strides, data_format),
        'kernel': conv.local_conv1d_grad_kernel(grad, inputs, kernel, kernel_size, strides, data_format),
    }


grad_local_conv1d.keyword_rule = True


def grad_local_conv2d(grad, result, inputs, kernel, kernel_size, strides, output_shape, data_format=None):  # spec/ops/local_conv2d.yaml
    return {
        'inputs': conv.local_conv2d_grad_inputs(grad, inputs, kernel, kernel_size, strides, output_shape, data_format),
        'kernel': conv.local_conv2d_grad_kernel(grad, inputs, kernel, kernel_size, strides, output_shape, data_format),
    }


grad_local_conv2d.keyword_rule = True


def grad_log(grad, result, x):  # spec/ops/log.yaml
    return {
        'x': grad / x,
    }


grad_log.keyword_rule = True


def grad_logsumexp(grad, result, x, axis=None, keepdims=False):  # spec/ops/logsumexp.yaml
    return {
        'x': unreduce(grad, x, axis, keepdims) * exp(x - unreduce(result, x, axis, keepdims)),
    }


grad_logsumexp.keyword_rule = True


def grad_max(grad, result, x, axis=None, keepdims=False):  # spec/ops/max.yaml
    return {
        'x': unreduce(grad, x, axis, keepdims) * where(equal(x, unreduce(result, x, axis, keepdims)), ones_like(x), zeros_like(x)),
    }


grad_max.keyword_rule = True


def grad_maximum(grad, result, x, y):  # spec/ops/maximum.yaml
    return {
        'x': grad * where(x >= y, ones_like(x), zeros_like(x)),
        'y': grad * where(x >= y, zeros_like(y), ones_like(y)),
    }


grad_maximum.keyword_rule = True


def grad_mean(grad, result, x, axis=None, keepdims=False):  # spec/ops/mean.yaml
    return {
        'x': unreduce(grad, x, axis, keepdims) / reduced_size(x, axis),
    }


grad_mean.keyword_rule = True


def grad_min(grad, result, x, axis=None, keepdims=False):  # spec/ops/min.yaml
    return {
        'x': unreduce(grad, x, axis, keepdims) * where(equal(x, unreduce(result, x, axis, keepdims)), ones_like(x), zeros_like(x)),
    }


grad_min.keyword_rule = True


def grad_minimum(grad, result, x, y):  # spec/ops/minimum.yaml
    return {
        'x': grad * where(x <= y, ones_like(x), zeros_like(x)),
        'y': grad * where(x <= y, zeros_like(y), ones_like(y)),
    }


grad_minimum.keyword_rule = True


def grad_mod(grad, result, x, y):  # spec/ops/mod.yaml
    return {
        'x': grad,
        'y': -grad * (x - result) / y,
    }


grad_mod.keyword_rule = True


def grad_multiply(grad, result, x, y):  # spec/ops/multiply.yaml
    return {
        'x': grad * y,
        'y': grad * x,
    }


grad_multiply.keyword_rule = True


def grad_negative(grad, result, x):  # spec/ops/negative.yaml
    return {
        'x': -grad,
    }


grad_negative.keyword_rule = True


def grad_normalize_batch_in_training(grad, result, x, gamma, beta, reduction_axes, epsilon=0.001):  # spec/ops/normalize_batch_in_training.yaml
    return {
        'x': normalization.normalize_batch_in_training_grad(grad, x, gamma, beta, reduction_axes, epsilon, 'x'),
        'gamma': normalization.normalize_batch_in_training_grad(grad, x, gamma, beta, reduction_axes, epsilon, 'gamma'),
        'beta': normalization.normalize_batch_in_training_grad(grad, x, gamma, beta, reduction_axes, epsilon, 'beta'),
    }


grad_normalize_batch_in_training.keyword_rule = True


def grad_permute_dimensions(grad, result, x, pattern):  # spec/ops/permute_dimensions.yaml
    return {
        'x': permute_back(grad, pattern),
    }


grad_permute_dimensions.keyword_rule = True


def grad_pool2d(grad, result, x, pool_size, strides=(1, 1), padding='valid', data_format=None, pool_mode='max'):  # spec/ops/pool2d.yaml
    return {
        'x': pooling.pool2d_grad(grad, x, result, pool_size, strides, padding, data_format, pool_mode),
    }


grad_pool2d.keyword_rule = True


def grad_pool3d(grad, result, x, pool_size, strides=(1, 1, 1), padding='valid', data_format=None, pool_mode='max'):  # spec/ops/pool3d.yaml
    return {
        'x': pooling.pool3d_grad(grad, x, result, pool_size, strides, padding, data_format, pool_mode),
    }


grad_pool3d.keyword_rule = True


def grad_pow(grad, result, x, a):  # spec/ops/pow.yaml
    return {
        'x': grad * a * x ** (a - 1),
        'a': grad * result * where(x > 0, log(x), zeros_like(x)),
    }


grad_pow.keyword_rule = True


def grad_power(grad, result, x, y):  # spec/ops/power.yaml
    return {
        'x': grad * y * x ** (y - 1),
        'y': grad * result * where(x > 0, log(x), zeros_like(x)),
    }


grad_power.keyword_rule = True


def grad_prod(grad, result, x, axis=None, keepdims=False):  # spec/ops/prod.yaml
    return {
        'x': unreduce(grad * result, x, axis, keepdims) / x,
    }


grad_prod.keyword_rule = True


def grad_relu(grad, result, x, alpha=0.0, max_value=None, threshold=0.0):  # spec/ops/relu.yaml
    return {
        'x': operators.relu_grad(grad, x, alpha, max_value, threshold),
    }


grad_relu.keyword_rule = True


def grad_relu_grad(grad, result, dy, x, alpha=0.0, max_value=None, threshold=0.0):  # spec/ops/relu_grad.yaml
    return {
        'dy': operators.relu_grad(grad, x, alpha, max_value, threshold),
        'x': zeros_like(x),
    }


grad_relu_grad.keyword_rule = True


def grad_repeat(grad, result, x, n):  # spec/ops/repeat.yaml
    return {
        'x': reshape_like(sum_keep(grad, 1), x),
    }


grad_repeat.keyword_rule = True


def grad_repeat_elements(grad, result, x, rep, axis):  # spec/ops/repeat_elements.yaml
    return {
        'x': unrepeat(grad, x, rep, axis),
    }


grad_repeat_elements.keyword_rule = True


def grad_reshape(grad, result, x, shape):  # spec/ops/reshape.yaml
    return {
        'x': reshape_like(grad, x),
    }


grad_reshape.keyword_rule = True


def grad_resize_images(grad, result, x, height_factor, width_factor, data_format, interpolation='nearest'):  # spec/ops/resize_images.yaml
    return {
        'x': array_ops.resize_images_grad(grad, x, height_factor, width_factor, data_format, interpolation),
    }


grad_resize_images.keyword_rule = True


def grad_resize_volumes(grad, result, x, depth_factor, height_factor, width_factor, data_format):  # spec/ops/resize_volumes.yaml
    return {
        'x': array_ops.resize_volumes_grad(grad, x, depth_factor, height_factor, width_factor, data_format),
    }


grad_resize_volumes.keyword_rule = True


def grad_reverse(grad, result, x, axes):  # spec/ops/reverse.yaml
    return {
        'x': flip(grad, axes),
    }


grad_reverse.keyword_rule = True


def grad_separable_conv1d(grad, result, x, depthwise_kernel, pointwise_kernel, strides=1, padding='valid', data_format=None, dilation_rate=1):  # spec/ops/separable_conv1d.yaml
    return {
        'x': conv.separable_conv1d_grad_input(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        'depthwise_kernel': conv.separable_conv1d_grad_depthwise(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        'pointwise_kernel': conv.separable_conv1d_grad_pointwise(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
    }


grad_separable_conv1d.keyword_rule = True


def grad_separable_conv2d(grad, result, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):  # spec/ops/separable_conv2d.yaml
    return {
        'x': conv.separable_conv2d_grad_input(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        'depthwise_kernel': conv.separable_conv2d_grad_depthwise(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        'pointwise_kernel': conv.separable_conv2d_grad_pointwise(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
    }


grad_separable_conv2d.keyword_rule = True


def grad_sigmoid(grad, result, x):  # spec/ops/sigmoid.yaml
    return {
        'x': operators.sigmoid_grad(grad, result),
    }


grad_sigmoid.keyword_rule = True


def grad_sigmoid_grad(grad, result, dy, y):  # spec/ops/sigmoid_grad.yaml
    return {
        'dy': operators.sigmoid_grad(grad, y),
        'y': grad * dy * (1.0 - 2.0 * y),
    }


grad_sigmoid_grad.keyword_rule = True


def grad_sin(grad, result, x):  # spec/ops/sin.yaml
    return {
        'x': grad * cos(x),
    }


grad_sin.keyword_rule = True


def grad_slice(grad, result, x, start, size):  # spec/ops/slice.yaml
    return {
        'x': slice_grad_like(grad, x, start, size),
    }


grad_slice.keyword_rule = True


def grad_softmax(grad, result, x, axis=-1):  # spec/ops/softmax.yaml
    return {
        'x': result * (grad - sum_keep(grad * result, axis)),
    }


grad_softmax.keyword_rule = True


def grad_softplus(grad, result, x):  # spec/ops/softplus.yaml
    return {
        'x': grad * sigmoid(x),
    }


grad_softplus.keyword_rule = True


def grad_softsign(grad, result, x):  # spec/ops/softsign.yaml
    return {
        'x': grad / square(1 + abs(x)),
    }


grad_softsign.keyword_rule = True


def grad_sparse_categorical_crossentropy(grad, result, target, output, from_logits=False, axis=-1, ignore_class=None):  # spec/ops/sparse_categorical_crossentropy.yaml
    return {
        'output': losses.sparse_categorical_crossentropy_grad(grad, target, output, from_logits, axis, ignore_class),
    }


grad_sparse_categorical_crossentropy.keyword_rule = True


def grad_spatial_2d_padding(grad, result, x, padding=((1, 1), (1, 1)), data_format=None):  # spec/ops/spatial_2d_padding.yaml
    return {
        'x': unpad(grad, x, padding, data_format),
    }


grad_spatial_2d_padding.keyword_rule = True


def grad_spatial_3d_padding(grad, result, x, padding=((1, 1), (1, 1), (1, 1)), data_format=None):  # spec/ops/spatial_3d_padding.yaml
    return {
        'x': unpad(grad, x, padding, data_format),
    }


grad_spatial_3d_padding.keyword_rule = True


def grad_sqrt(grad, result, x):  # spec/ops/sqrt.yaml
    return {
        'x': where(x >= 0, grad / (2.0 * result), zeros_like(x)),
    }


grad_sqrt.keyword_rule = True


def grad_square(grad, result, x):  # spec/ops/square.yaml
    return {
        'x': grad * 2.0 * x,
    }


grad_square.keyword_rule = True


def grad_squeeze(grad, result, x, axis):  # spec/ops/squeeze.yaml
    return {
        'x': reshape_like(grad, x),
    }


grad_squeeze.keyword_rule = True


def grad_stack(grad, result, x, axis=0):  # spec/ops/stack.yaml
    return {
        'x': unstack_like(grad, x, axis),
    }


grad_stack.keyword_rule = True


def grad_std(grad, result, x, axis=None, keepdims=False):  # spec/ops/std.yaml
    return {
        'x': unreduce(where(result > 0, grad / where(result > 0, result, ones_like(result)), zeros_like(result)), x, axis, keepdims) * (x - mean_over(x, axis)) / reduced_size(x, axis),
    }


grad_std.keyword_rule = True


def grad_subtract(grad, result, x, y):  # spec/ops/subtract.yaml
    return {
        'x': grad,
        'y': -grad,
    }


grad_subtract.keyword_rule = True


def grad_sum(grad, result, x, axis=None, keepdims=False):  # spec/ops/sum.yaml
    return {
        'x': unreduce(grad, x, axis, keepdims),
    }


grad_sum.keyword_rule = True


def grad_tanh(grad, result, x):  # spec/ops/tanh.yaml
    return {
        'x': operators.tanh_grad(grad, result),
    }


grad_tanh.keyword_rule = True


def grad_tanh_grad(grad, result, dy, y):  # spec/ops/tanh_grad.yaml
    return {
        'dy': operators.tanh_grad(grad, y),
        'y': -2.0 * grad * dy * y,
    }


grad_tanh_grad.keyword_rule = True


def grad_temporal_padding(grad, result, x, padding=(1, 1)):  # spec/ops/temporal_padding.yaml
    return {
        'x': unpad(grad, x, padding, 'channels_last'),
    }


grad_temporal_padding.keyword_rule = True


def grad_tile(grad, result, x, n):  # spec/ops/tile.yaml
    return {
        'x': untile(grad, x, n),
    }


grad_tile.keyword_rule = True


def grad_transpose(grad, result, x):  # spec/ops/transpose.yaml
    return {
        'x': permute_back(grad, None),
    }


grad_transpose.keyword_rule = True


def grad_var(grad, result, x, axis=None, keepdims=False):  # spec/ops/var.yaml
    return {
        'x': unreduce(grad, x, axis, keepdims) * 2 * (x - mean_over(x, axis)) / reduced_size(x, axis),
    }


grad_var.keyword_rule = True


def grad_where(grad, result, condition, x, y):  # spec/ops/where.yaml
    return {
        'x': where(condition, grad, 0.0),
        'y': where(condition, 0.0, grad),
    }


grad_where.keyword_rule = True
